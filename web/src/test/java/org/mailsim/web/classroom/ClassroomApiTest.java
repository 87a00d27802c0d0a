package org.mailsim.web.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailsim.quiz.SingleChoice;

/** The classroom's JSON API as the issue lists it: 201s, 401 without or with a wrong key, 403 once joining is closed, slowed guesses. */
class ClassroomApiTest {
    private static Javalin app;
    private static Http http;

    @BeforeAll
    static void start() {
        app = ClassroomFixture.start();
        http = new Http(ClassroomFixture.base(app));
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private record Cls(String code, String key) { }

    private static Cls newClass(String name) {
        Http.Reply r = http.json("POST", "/api/classes", "{\"name\": \"" + name + "\"}", null);
        assertThat(r.status()).isEqualTo(201);
        return new Cls(r.json().get("code").asText(), r.json().get("instructorKey").asText());
    }

    private static JsonNode join(Cls c, String name) {
        Http.Reply r = http.json("POST", "/api/classes/" + c.code() + "/students", Http.JSON.createObjectNode().put("name", name).toString(), null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void aClassIsMadeJoinedAndItsRosterNeedsTheKey() {
        Cls c = newClass("Net+ evening");
        assertThat(c.code()).matches("[A-Z2-9]{6}");
        JsonNode ana = join(c, "Ana");
        assertThat(ana.get("studentId").asLong()).isPositive();
        assertThat(ana.get("token").asText()).hasSize(43);
        assertThat(http.get("/api/classes/" + c.code() + "/roster", null).status()).isEqualTo(401);
        Http.Reply wrong = http.get("/api/classes/" + c.code() + "/roster", "AAAA-AAAA-AAAA-AAAA-AAAA");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("error").asText()).contains("not the instructor key");
        assertThat(http.get("/api/classes/" + c.code() + "/roster", ana.get("token").asText()).status()).as("a student's token is no key").isEqualTo(401);
        Http.Reply roster = http.get("/api/classes/" + c.code() + "/roster", c.key());
        assertThat(roster.status()).isEqualTo(200);
        assertThat(roster.json().get("students").get(0).get("name").asText()).isEqualTo("Ana");
        assertThat(http.get("/api/classes/" + c.code() + "/results", c.key()).status()).isEqualTo(200);
        assertThat(http.get("/api/classes/" + c.code() + "/results", null).status()).isEqualTo(401);
    }

    @Test
    void joiningClosedIs403AndReopenedWorksAgain() {
        Cls c = newClass("A+");
        assertThat(http.json("PUT", "/api/classes/" + c.code() + "/joining", "{\"open\": false}", c.key()).status()).isEqualTo(200);
        Http.Reply late = http.json("POST", "/api/classes/" + c.code() + "/students", "{\"name\": \"Late\"}", null);
        assertThat(late.status()).isEqualTo(403);
        assertThat(late.json().get("error").asText()).contains("closed");
        assertThat(http.json("PUT", "/api/classes/" + c.code() + "/joining", "{\"open\": true}", null).status()).isEqualTo(401);
        http.json("PUT", "/api/classes/" + c.code() + "/joining", "{\"open\": true}", c.key());
        join(c, "Late");
        assertThat(http.json("POST", "/api/classes/" + c.code() + "/students", "{\"name\": \"late\"}", null).status()).as("name taken").isEqualTo(409);
        assertThat(http.json("POST", "/api/classes/ZZZZZZ/students", "{\"name\": \"X\"}", null).status()).isEqualTo(404);
    }

    @Test
    void repeatedWrongKeysAreSlowedEvenForTheRightKey() {
        Cls c = newClass("Guessing");
        for (int i = 0; i < 3; i++) assertThat(http.get("/api/classes/" + c.code() + "/roster", "WRONG-" + i).status()).isEqualTo(401);
        Http.Reply slowed = http.get("/api/classes/" + c.code() + "/roster", c.key());
        assertThat(slowed.status()).isEqualTo(429);
        assertThat(Integer.parseInt(slowed.header("Retry-After"))).isBetween(1, 60);
    }

    @Test
    void aFinishedQuizIsGradedOnTheServerAndRecordedOnce() throws Exception {
        Cls c = newClass("Ports");
        String token = join(c, "Ana").get("token").asText();
        List<SingleChoice> qs = ClassroomFixture.twoQuestions();
        Http.Reply assigned = http.json("POST", "/api/classes/" + c.code() + "/assignments", "{\"kind\": \"quiz\", \"title\": \"Ports\", \"target\": \"ids="
                + qs.get(0).id() + "," + qs.get(1).id() + "&mode=exam&minutes=5\", \"due\": \"2026-12-14\"}", c.key());
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
        long id = assigned.json().get("id").asLong();
        assertThat(assigned.json().get("target").asText()).contains("seed=");
        assertThat(assigned.json().get("due").asText()).isEqualTo("2026-12-14T23:59:59Z");

        assertThat(http.json("POST", "/api/classes/" + c.code() + "/assignments/" + id + "/start", "{}", token).status()).isEqualTo(204);
        JsonNode working = http.get("/api/classes/" + c.code() + "/results", c.key()).json().get("progress").get(0);
        assertThat(working.get("status").asText()).isEqualTo("working");

        String answers = "{\"assignmentId\": " + id + ", \"answers\": {\"" + qs.get(0).id() + "\": {\"picked\": [" + ClassroomFixture.index(qs.get(0), true)
                + "]}, \"" + qs.get(1).id() + "\": {\"picked\": [" + ClassroomFixture.index(qs.get(1), false) + "]}}}";
        assertThat(http.json("POST", "/api/classes/" + c.code() + "/attempts", answers, null).status()).isEqualTo(401);
        assertThat(http.json("POST", "/api/classes/" + c.code() + "/attempts", answers, c.key()).status()).as("the key is not a student").isEqualTo(401);
        Http.Reply first = http.json("POST", "/api/classes/" + c.code() + "/attempts", answers, token);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("right").asInt()).isEqualTo(1);
        assertThat(first.json().get("total").asInt()).isEqualTo(2);
        Http.Reply again = http.json("POST", "/api/classes/" + c.code() + "/attempts", answers, token);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("recorded").asBoolean()).isFalse();

        JsonNode results = http.get("/api/classes/" + c.code() + "/results", c.key()).json();
        assertThat(results.get("progress").get(0).get("status").asText()).isEqualTo("done");
        JsonNode missed = results.get("questions").get(0);
        assertThat(missed.get("id").asText()).isEqualTo(qs.get(1).id());
        assertThat(missed.get("mostChosenWrong").asText()).isEqualTo(qs.get(1).options().get(ClassroomFixture.index(qs.get(1), false)).text());
        assertThat(results.get("objectives")).isNotEmpty();
        assertThat(http.get("/api/classes/" + c.code() + "/me", token).json().get(0).get("right").asInt()).isEqualTo(1);

        Http.Reply csv = http.get("/api/classes/" + c.code() + "/results.csv", c.key());
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).contains("Ana,Ports,quiz,done,1,2,50,");
        Http.Reply xml = http.get("/api/classes/" + c.code() + "/questions.xml?assignment=" + id, c.key());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("idnumber").getLength()).isEqualTo(2);
        assertThat(http.get("/api/classes/" + c.code() + "/questions.xml", null).status()).isEqualTo(401);
    }

    @Test
    void aPinSetByTheStudentGivesANewDeviceItsOwnToken() {
        Cls c = newClass("PIN");
        String token = join(c, "Ana").get("token").asText();
        assertThat(http.json("PUT", "/api/classes/" + c.code() + "/me/pin", "{\"pin\": \"2468\"}", token).status()).isEqualTo(204);
        assertThat(http.json("PUT", "/api/classes/" + c.code() + "/me/pin", "{\"pin\": \"12\"}", token).status()).isEqualTo(400);
        assertThat(http.json("POST", "/api/classes/" + c.code() + "/students/continue", "{\"name\": \"ana\", \"pin\": \"1111\"}", null).status()).isEqualTo(401);
        Http.Reply phone = http.json("POST", "/api/classes/" + c.code() + "/students/continue", "{\"name\": \"ana\", \"pin\": \"2468\"}", null);
        assertThat(phone.status()).isEqualTo(201);
        assertThat(phone.json().get("token").asText()).isNotEqualTo(token);
        assertThat(http.get("/api/classes/" + c.code() + "/me", phone.json().get("token").asText()).status()).isEqualTo(200);
        for (int i = 0; i < 3; i++) http.json("POST", "/api/classes/" + c.code() + "/students/continue", "{\"name\": \"Ana\", \"pin\": \"000" + i + "\"}", null);
        assertThat(http.json("POST", "/api/classes/" + c.code() + "/students/continue", "{\"name\": \"Ana\", \"pin\": \"2468\"}", null).status())
                .as("guessing a PIN is slowed").isEqualTo(429);
    }

    @Test
    void aStudentCannotMarkALessonDoneButTheInstructorCan() {
        Cls c = newClass("Lesson");
        JsonNode bo = join(c, "Bo");
        String token = bo.get("token").asText();
        long boId = bo.get("studentId").asLong();
        String lesson = new org.mailsim.scenario.ScenarioLibrary(java.util.Optional.empty()).current().scenarios().get(0).id();
        long id = http.json("POST", "/api/classes/" + c.code() + "/assignments", "{\"kind\": \"lesson\", \"target\": \"" + lesson + "\"}", c.key())
                .json().get("id").asLong();
        Http.Reply bySelf = http.json("POST", "/api/classes/" + c.code() + "/attempts", "{\"assignmentId\": " + id + "}", token);
        assertThat(bySelf.status()).isEqualTo(400);
        assertThat(bySelf.json().get("error").asText()).contains("recorded when you finish it, at the scenario's last step");
        assertThat(http.json("POST", "/api/classes/" + c.code() + "/students/" + boId + "/done", "{\"assignmentId\": " + id + "}", token).status())
                .as("a student's token is not the instructor's key").isEqualTo(401);
        String done = "/api/classes/" + c.code() + "/students/" + boId + "/done";
        assertThat(http.json("POST", done, "{\"assignmentId\": " + id + "}", c.key()).status()).isEqualTo(201);
        assertThat(http.json("POST", done, "{\"assignmentId\": " + id + "}", c.key()).json().get("recorded").asBoolean()).isFalse();
        assertThat(http.get("/api/classes/" + c.code() + "/me", token).json().get(0).get("status").asText()).isEqualTo("done");
        long quiz = ClassroomInstancesTest.assignQuiz(http, c.code(), c.key());
        assertThat(http.json("POST", done, "{\"assignmentId\": " + quiz + "}", c.key()).status()).as("a quiz needs its answers").isEqualTo(400);
        assertThat(http.json("POST", "/api/classes/" + c.code() + "/students/999999/done", "{\"assignmentId\": " + id + "}", c.key()).status())
                .isEqualTo(404);
    }

    @Test
    void badRequestsSayWhatIsWrong() {
        Cls c = newClass("Bad");
        assertThat(http.json("POST", "/api/classes", "not json", null).status()).isEqualTo(400);
        assertThat(http.json("POST", "/api/classes", "{}", null).json().get("error").asText()).contains("\"name\"");
        Http.Reply kind = http.json("POST", "/api/classes/" + c.code() + "/assignments", "{\"kind\": \"essay\", \"target\": \"x\"}", c.key());
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.json().get("error").asText()).contains("lesson, a lab or a quiz");
        Http.Reply lesson = http.json("POST", "/api/classes/" + c.code() + "/assignments", "{\"kind\": \"lesson\", \"target\": \"no-such\"}", c.key());
        assertThat(lesson.json().get("error").asText()).contains("no scenario \"no-such\"");
    }
}
