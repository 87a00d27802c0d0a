package org.mailsim.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The classroom as {@link ClassBenchmark}'s students use it, over its JSON API (as
 * {@link ClassroomBenchmark} does): the instructor makes a class and sets the quiz as an
 * assignment; each student joins with a name, starts the assignment and finishes it through
 * {@code POST /api/classes/{code}/attempts}; afterwards the instructor's results must hold every
 * student's attempt exactly once, scored, and each question answered once per student.
 */
final class BenchClassroom {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    final String code;
    private final String key;
    final long assignment;

    /** A class with the quiz of {@code ids} set as an exam-mode assignment. */
    BenchClassroom(String base, List<String> ids) throws Exception {
        this.base = base;
        JsonNode made = call("/api/classes", "{\"name\": \"Class benchmark\"}", null, 201);
        this.code = made.get("code").asText();
        this.key = made.get("instructorKey").asText();
        this.assignment = call("/api/classes/" + code + "/assignments",
                "{\"kind\": \"quiz\", \"target\": \"ids=" + String.join(",", ids) + "&mode=exam&minutes=15\"}", key, 201).get("id").asLong();
    }

    /** Joins the class as a student; the answer is the student's token. */
    String join(String name) throws Exception {
        String token = call("/api/classes/" + code + "/students", "{\"name\": \"" + name + "\"}", null, 201).get("token").asText();
        post("/api/classes/" + code + "/assignments/" + assignment + "/start", "{}", token);
        return token;
    }

    /** Finishes the assignment with {@code answers} (a JSON object by question id); true if recorded with {@code right} right. */
    boolean finish(String token, String answers, int right) throws Exception {
        HttpResponse<String> r = post("/api/classes/" + code + "/attempts", "{\"assignmentId\": " + assignment + ", \"answers\": " + answers + "}", token);
        return r.statusCode() == 201 && JSON.readTree(r.body()).path("right").asInt(-1) == right;
    }

    /** What the instructor's results say went wrong: empty when each of {@code students} finished once, with every answer stored once. */
    String check(int students, int questions, int right) throws Exception {
        JsonNode results = JSON.readTree(get("/api/classes/" + code + "/results?assignment=" + assignment).body());
        Map<Long, Integer> done = new HashMap<>();
        for (JsonNode p : results.path("progress")) {
            if (p.path("assignmentId").asLong() != assignment) continue;
            if (!p.path("status").asText().equals("done") || p.path("right").asInt(-1) != right) return "a result not done or mis-scored: " + p;
            done.merge(p.path("studentId").asLong(), 1, Integer::sum);
        }
        if (done.size() != students) return done.size() + " students' results stored, not " + students;
        if (done.values().stream().anyMatch(n -> n != 1)) return "a student's result stored more than once";
        int answered = 0;
        for (JsonNode q : results.path("questions")) {
            if (q.path("answered").asInt() != students) return "question " + q.path("id").asText() + " answered " + q.path("answered") + " times";
            answered++;
        }
        return answered == questions ? "" : answered + " questions in the results, not " + questions;
    }

    private JsonNode call(String path, String body, String bearer, int expected) throws Exception {
        HttpResponse<String> r = post(path, body, bearer);
        if (r.statusCode() != expected) throw new IllegalStateException("POST " + path + ": " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> post(String path, String body, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) b.header("Authorization", "Bearer " + bearer);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + key).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
