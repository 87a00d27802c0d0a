package org.mailsim.web.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailsim.classroom.ClassroomDatabase;
import org.mailsim.classroom.ClassroomStore;
import org.mailsim.classroom.TestPostgres;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.LabClient;

/**
 * A lesson and a lab exercise are recorded when the student finishes them, exactly once, on the
 * embedded H2 file and on a real PostgreSQL: the player's last step shown to a joined student's
 * browser (through the page cache, which a visitor without a class cookie filled first), and the
 * lab grading an exercise done in the sandbox of that browser. Seeing the end again, doing the
 * exercise again, or a second lab tab whose picture already shows it done changes nothing.
 */
class WorkDoneTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dataDir;

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theLastStepAndALabExerciseDoneAreRecordedOnceWithoutAnyButton(String database) throws Exception {
        String url = database.equals("h2") ? ClassroomDatabase.embeddedUrl(dataDir.resolve("h2")) : TestPostgres.shared().newDatabase();
        try (ClassroomStore store = ClassroomDatabase.open(url)) {
            Javalin app = ClassroomFixture.start(store);
            try {
                String base = ClassroomFixture.base(app);
                Http http = new Http(base);
                JsonNode made = http.json("POST", "/api/classes", "{\"name\": \"Net+\"}", null).json();
                String code = made.get("code").asText(), key = made.get("instructorKey").asText();
                String scenario = new ScenarioLibrary(Optional.empty()).current().scenarios().get(0).id();
                assign(http, code, key, "lesson", scenario);
                assign(http, code, key, "lab", "imap-search-unseen");
                String token = http.json("POST", "/api/classes/" + code + "/students", "{\"name\": \"Ana\"}", null).json().get("token").asText();
                String student = "mailsim_student=" + code + ":" + token;

                String last = lastStep(base, scenario);
                assertThat(get(base + last, null).statusCode()).as("a visitor without a class fills the page cache").isEqualTo(200);
                assertThat(finished(url)).isEmpty();
                get(base + "/scenarios/" + scenario, student);
                assertThat(finished(url)).as("the first step is not the end").isEmpty();
                assertThat(get(base + last, student).statusCode()).isEqualTo(200);
                List<String> afterLesson = finished(url);
                assertThat(afterLesson).singleElement().asString().startsWith("lesson ");
                get(base + last, student);
                get(base + last + "?view=eavesdropper", student);
                assertThat(finished(url)).as("the end seen again").isEqualTo(afterLesson);

                try (LabClient visit = LabClient.visit(base); LabClient lab = LabClient.withCookie(base, visit.cookie + "; " + student)) {
                    lab.hello();
                    searchUnseen(lab);
                    List<String> afterLab = waitForRows(url, 2);
                    assertThat(afterLab).contains(afterLesson.get(0)).anyMatch(r -> r.startsWith("lab "));
                    searchUnseen(lab);
                    try (LabClient secondTab = LabClient.withCookie(base, visit.cookie + "; " + student)) {
                        assertThat(secondTab.hello().path("done").toString()).contains("imap-search-unseen");
                    }
                    Thread.sleep(300);
                    assertThat(finished(url)).as("done again, and a second tab").isEqualTo(afterLab);
                }
                JsonNode progress = http.get("/api/classes/" + code + "/results", key).json().get("progress");
                assertThat(progress).extracting(p -> p.get("status").asText()).containsExactly("done", "done");
            } finally {
                app.stop();
            }
        }
    }

    private static void assign(Http http, String code, String key, String kind, String target) {
        Http.Reply r = http.json("POST", "/api/classes/" + code + "/assignments",
                "{\"kind\": \"" + kind + "\", \"title\": \"" + target + "\", \"target\": \"" + target + "\"}", key);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private static void searchUnseen(LabClient lab) throws Exception {
        lab.connect("phone", "IMAPS");
        lab.send("phone", "a1 LOGIN alice alice");
        lab.send("phone", "a2 SELECT INBOX");
        assertThat(lab.send("phone", "a3 SEARCH UNSEEN")).last().asString().startsWith("a3 OK");
    }

    private static String lastStep(String base, String scenario) throws Exception {
        var m = Pattern.compile("href=\"([^\"]+)\" class=\"button\" rel=\"last\"").matcher(get(base + "/scenarios/" + scenario, null).body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> get(String url, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (cookie != null) b.header("Cookie", cookie);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every attempt row with a finish, straight from the database: "kind target finished_at". */
    private static List<String> finished(String url) throws Exception {
        List<String> rows = new ArrayList<>();
        try (var c = DriverManager.getConnection(url); var r = c.createStatement().executeQuery(
                "SELECT a.kind, a.target, t.finished_at FROM attempt t JOIN assignment a ON a.id = t.assignment_id"
                        + " WHERE t.finished_at IS NOT NULL ORDER BY t.id")) {
            while (r.next()) rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getTimestamp(3).toInstant());
        }
        return rows;
    }

    /** The lab records after the update has gone to the page: wait for it. */
    private static List<String> waitForRows(String url, int count) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> rows = finished(url);
        while (rows.size() < count && System.nanoTime() < until) {
            Thread.sleep(50);
            rows = finished(url);
        }
        return rows;
    }
}
