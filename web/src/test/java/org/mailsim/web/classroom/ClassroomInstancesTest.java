package org.mailsim.web.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailsim.classroom.ClassroomDatabase;
import org.mailsim.classroom.ClassroomStore;
import org.mailsim.classroom.TestPostgres;
import org.mailsim.quiz.SingleChoice;

/**
 * The classroom's storage as {@code serve} wires it: two mailsim instances sharing one real
 * PostgreSQL (a student on A, the instructor on B), and the embedded H2 file surviving a restart.
 */
class ClassroomInstancesTest {
    @TempDir
    Path dataDir;

    @Test
    void twoInstancesOnOnePostgreSqlShareTheClass() {
        String url = TestPostgres.shared().newDatabase();
        try (ClassroomStore storeA = ClassroomDatabase.open(url); ClassroomStore storeB = ClassroomDatabase.open(url)) {
            Javalin a = ClassroomFixture.start(storeA);
            Javalin b = ClassroomFixture.start(storeB);
            try {
                Http onA = new Http(ClassroomFixture.base(a));
                Http onB = new Http(ClassroomFixture.base(b));
                JsonNode made = onB.json("POST", "/api/classes", "{\"name\": \"Shared\"}", null).json();
                String code = made.get("code").asText(), key = made.get("instructorKey").asText();
                long quiz = assignQuiz(onB, code, key);
                String token = onA.json("POST", "/api/classes/" + code + "/students", "{\"name\": \"Ana\"}", null).json().get("token").asText();
                assertThat(finish(onA, code, token, quiz).status()).isEqualTo(201);
                JsonNode results = onB.get("/api/classes/" + code + "/results", key).json();
                assertThat(results.get("progress").get(0).get("student").asText()).isEqualTo("Ana");
                assertThat(results.get("progress").get(0).get("status").asText()).isEqualTo("done");
                assertThat(results.get("progress").get(0).get("right").asInt()).isEqualTo(2);
                assertThat(finish(onB, code, token, quiz).status()).as("the same result sent to B is already stored").isEqualTo(200);
            } finally {
                a.stop();
                b.stop();
            }
        }
    }

    @Test
    void theEmbeddedDatabaseSurvivesARestart() {
        String url = ClassroomDatabase.embeddedUrl(dataDir);
        String code, key, token;
        long quiz;
        try (ClassroomStore store = ClassroomDatabase.open(url)) {
            Javalin app = ClassroomFixture.start(store);
            try {
                Http http = new Http(ClassroomFixture.base(app));
                JsonNode made = http.json("POST", "/api/classes", "{\"name\": \"Kept\"}", null).json();
                code = made.get("code").asText();
                key = made.get("instructorKey").asText();
                quiz = assignQuiz(http, code, key);
                token = http.json("POST", "/api/classes/" + code + "/students", "{\"name\": \"Bo\"}", null).json().get("token").asText();
                assertThat(finish(http, code, token, quiz).status()).isEqualTo(201);
            } finally {
                app.stop();
            }
        }
        assertThat(dataDir.resolve("classroom.mv.db")).exists();
        try (ClassroomStore store = ClassroomDatabase.open(url)) {
            Javalin app = ClassroomFixture.start(store);
            try {
                Http http = new Http(ClassroomFixture.base(app));
                assertThat(http.get("/api/classes/" + code + "/roster", key).json().get("students").get(0).get("name").asText()).isEqualTo("Bo");
                assertThat(http.get("/api/classes/" + code + "/results", key).json().get("progress").get(0).get("right").asInt()).isEqualTo(2);
                assertThat(http.get("/api/classes/" + code + "/me", token).status()).as("the device token still works").isEqualTo(200);
            } finally {
                app.stop();
            }
        }
    }

    static long assignQuiz(Http http, String code, String key) {
        List<SingleChoice> qs = ClassroomFixture.twoQuestions();
        Http.Reply r = http.json("POST", "/api/classes/" + code + "/assignments", "{\"kind\": \"quiz\", \"title\": \"Ports\", \"target\": \"ids="
                + qs.get(0).id() + "," + qs.get(1).id() + "&mode=study\"}", key);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** Both questions answered right. */
    static Http.Reply finish(Http http, String code, String token, long quiz) {
        List<SingleChoice> qs = ClassroomFixture.twoQuestions();
        String answers = "{\"assignmentId\": " + quiz + ", \"answers\": {\"" + qs.get(0).id() + "\": {\"picked\": [" + ClassroomFixture.index(qs.get(0), true)
                + "]}, \"" + qs.get(1).id() + "\": {\"picked\": [" + ClassroomFixture.index(qs.get(1), true) + "]}}}";
        return http.json("POST", "/api/classes/" + code + "/attempts", answers, token);
    }
}
