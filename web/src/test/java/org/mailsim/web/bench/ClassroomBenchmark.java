package org.mailsim.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mailsim.classroom.ClassroomDatabase;
import org.mailsim.classroom.ClassroomStore;
import org.mailsim.classroom.TestPostgres;
import org.mailsim.quiz.QuestionBank;
import org.mailsim.quiz.SingleChoice;
import org.mailsim.web.WebApp;

/**
 * The classroom under a class finishing a quiz, run by hand ({@code bench/run classroom}, see
 * docs/benchmarks.md), never by {@code mvn verify}. For the embedded H2 file and for a real
 * PostgreSQL (started here with its defaults, fsync on): a class of 200 students who joined and
 * opened a 10-question quiz; each finishes it once, the 200 finishing requests
 * ({@code POST /api/classes/{code}/attempts}) arriving at random over 10 s, then again all at once;
 * the latency of each as the client saw it; then every result is counted in the database, and 20
 * retried requests must change nothing. Two warm-up classes of 200 run first on each database.
 */
public final class ClassroomBenchmark {
    private static final int STUDENTS = 200;
    private static final int QUESTIONS = 10;
    private static final Duration WINDOW = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final QuestionBank BANK = QuestionBank.load(Optional.empty());
    private static final List<SingleChoice> QUIZ = BANK.questions().stream().filter(q -> q instanceof SingleChoice)
            .map(q -> (SingleChoice) q).limit(QUESTIONS).toList();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private String base;

    public static void main(String[] args) throws Exception {
        System.out.println("Classroom: " + STUDENTS + " students finish a " + QUESTIONS + "-question quiz (the finishing request, client-side)");
        System.out.printf(java.util.Locale.ROOT, "%d CPUs, load average %.1f at start%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        WebBench.row("figure", "unit", "measured", "goal");
        Path dir = Files.createTempDirectory("mailsim-bench-classroom");
        new ClassroomBenchmark().run("embedded H2", ClassroomDatabase.embeddedUrl(dir), 100);
        TestPostgres pg = TestPostgres.start(true);
        try {
            new ClassroomBenchmark().run("PostgreSQL " + pg.version().split(" ")[1], pg.newDatabase(), 150);
        } finally {
            pg.stop();
        }
    }

    private void run(String db, String url, int goalMs) throws Exception {
        try (ClassroomStore store = ClassroomDatabase.open(url)) {
            Javalin app = WebApp.create(WebApp.Parts.of(WebBench::liveServerNotRunning).withBank(BANK).withClassroom(store)).start("127.0.0.1", 0);
            base = "http://127.0.0.1:" + app.port();
            try {
                round(STUDENTS, Duration.ofSeconds(3)); // warm-up (the JIT compiles the request path), not reported
                round(STUDENTS, Duration.ofSeconds(3));
                for (boolean burst : new boolean[] {false, true}) {
                    Result r = round(STUDENTS, burst ? Duration.ZERO : WINDOW);
                    String how = burst ? "all at once" : "over 10 s";
                    WebBench.row(db + ", " + how + ": p50", "ms", WebBench.fmt(r.latencies.percentileMs(50)), "");
                    WebBench.row(db + ", " + how + ": p99", "ms", WebBench.fmt(r.latencies.percentileMs(99)), "< " + goalMs);
                    WebBench.row(db + ", " + how + ": max", "ms", WebBench.fmt(r.latencies.maxMs()), "");
                    WebBench.row(db + ", " + how + ": all finished within", "s", WebBench.fmt(r.seconds), "<= 10");
                    WebBench.row(db + ", " + how + ": CPU per request (this JVM: server + client)", "ms", WebBench.fmt(r.cpuMs), "");
                    WebBench.row(db + ", " + how + ": results stored (201 / stored / retries changed)", "n",
                            r.created + " / " + stored(url, r.code) + " / " + r.retriesRecorded, STUDENTS + " / " + STUDENTS + " / 0");
                }
            } finally {
                app.stop();
            }
        }
    }

    private record Result(String code, Latencies latencies, double seconds, int created, int retriesRecorded, double cpuMs) { }

    private Result round(int students, Duration window) throws Exception {
        JsonNode made = call("POST", "/api/classes", "{\"name\": \"Bench\"}", null);
        String code = made.get("code").asText(), key = made.get("instructorKey").asText();
        String ids = String.join(",", QUIZ.stream().map(SingleChoice::id).toList());
        long quiz = call("POST", "/api/classes/" + code + "/assignments", "{\"kind\": \"quiz\", \"target\": \"ids=" + ids + "&mode=exam&minutes=15\"}", key).get("id").asLong();
        List<String> tokens = new ArrayList<>();
        Random random = new Random(42);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < students; i++) {
            String token = call("POST", "/api/classes/" + code + "/students", "{\"name\": \"Student " + i + "\"}", null).get("token").asText();
            tokens.add(token);
            send("POST", "/api/classes/" + code + "/assignments/" + quiz + "/start", "{}", token);
            StringBuilder answers = new StringBuilder("{\"assignmentId\": " + quiz + ", \"answers\": {");
            for (int q = 0; q < QUIZ.size(); q++) {
                int pick = random.nextInt(QUIZ.get(q).options().size());
                answers.append(q == 0 ? "" : ", ").append('"').append(QUIZ.get(q).id()).append("\": {\"picked\": [").append(pick).append("]}");
            }
            bodies.add(answers.append("}}").toString());
        }
        Latencies latencies = new Latencies();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long start = System.nanoTime();
        int created = 0;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<long[]>> done = new ArrayList<>();
            for (int i = 0; i < students; i++) {
                long at = window.isZero() ? 0 : (long) (random.nextDouble() * window.toNanos());
                String token = tokens.get(i), body = bodies.get(i);
                done.add(pool.submit(() -> {
                    long wait = start + at - System.nanoTime();
                    if (wait > 0) Thread.sleep(Duration.ofNanos(wait));
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = send("POST", "/api/classes/" + code + "/attempts", body, token);
                    return new long[] {System.nanoTime() - t0, r.statusCode()};
                }));
            }
            for (Future<long[]> f : done) {
                long[] r = f.get();
                latencies.add(r[0]);
                if (r[1] == 201) created++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6 / students;
        int retriesRecorded = 0;
        for (int i = 0; i < Math.min(20, students); i++) {
            if (send("POST", "/api/classes/" + code + "/attempts", bodies.get(i), tokens.get(i)).statusCode() != 200) retriesRecorded++;
        }
        return new Result(code, latencies, seconds, created, retriesRecorded, cpuMs);
    }

    /** Finished attempts of the class in the database, counted with SQL, and each with its 10 answers. */
    private static String stored(String url, String code) throws Exception {
        try (var c = DriverManager.getConnection(url); var s = c.prepareStatement(
                "SELECT COUNT(*), (SELECT COUNT(*) FROM attempt_answer q JOIN attempt u ON u.id = q.attempt_id JOIN assignment b ON b.id = u.assignment_id"
                        + " JOIN classroom k ON k.id = b.class_id WHERE k.code = ?) FROM attempt t JOIN assignment a ON a.id = t.assignment_id"
                        + " JOIN classroom k ON k.id = a.class_id WHERE k.code = ? AND t.finished_at IS NOT NULL")) {
            s.setString(1, code);
            s.setString(2, code);
            try (var r = s.executeQuery()) {
                r.next();
                long attempts = r.getLong(1), answers = r.getLong(2);
                return attempts + (answers == attempts * QUESTIONS ? "" : " (answers " + answers + "!)");
            }
        }
    }

    private JsonNode call(String method, String path, String body, String bearer) throws Exception {
        HttpResponse<String> r = send(method, path, body, bearer);
        if (r.statusCode() >= 300) throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> send(String method, String path, String body, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) b.header("Authorization", "Bearer " + bearer);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
