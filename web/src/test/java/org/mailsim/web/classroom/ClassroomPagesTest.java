package org.mailsim.web.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.web.classroom.Http.fields;

import io.javalin.Javalin;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailsim.quiz.SingleChoice;
import org.mailsim.scenario.ScenarioLibrary;

/**
 * The pages, driven as two browsers would (an instructor's and a student's, each its own cookies):
 * forms need their CSRF value, a name typed by a student is escaped on every page, and the
 * instructor's forms set work, close joining and remove a student.
 */
class ClassroomPagesTest {
    private static final String SCRIPT_NAME = "<script>alert(1)</script>";
    private static Javalin app;
    private static String base;

    @BeforeAll
    static void start() {
        app = ClassroomFixture.start();
        base = ClassroomFixture.base(app);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private record Made(Http teacher, String code, String key) { }

    private static Made makeClass() {
        Http teacher = new Http(base);
        String csrf = teacher.csrf("/teach");
        Http.Reply created = teacher.form("/teach/classes", fields("csrf", csrf, "name", "Net+ <b>evening</b>"));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");
        assertThat(created.body()).contains("Net+ &lt;b&gt;evening&lt;/b&gt;").doesNotContain("<b>evening");
        String code = find(created.body(), "id=\"join-code\">([A-Z0-9]+)<");
        String key = find(created.body(), "id=\"instructor-key\">([A-Z0-9-]+)<");
        return new Made(teacher, code, key);
    }

    @Test
    void aFormWithoutItsCsrfValueIsRefused() {
        Http teacher = new Http(base);
        teacher.csrf("/teach");
        assertThat(teacher.form("/teach/classes", fields("name", "No token")).status()).isEqualTo(403);
        assertThat(teacher.form("/teach/classes", fields("csrf", "x".repeat(43), "name", "Forged")).status()).isEqualTo(403);
        Http otherSite = new Http(base); // a browser that never loaded our page has no cookie to match
        assertThat(otherSite.form("/join", fields("csrf", teacher.csrf("/teach"), "code", "ABCDEF", "name", "x")).status()).isEqualTo(403);
    }

    @Test
    void aStudentCalledScriptIsHarmlessOnEveryPage() {
        Made m = makeClass();
        Http student = new Http(base);
        Http.Reply joined = student.form("/join", fields("csrf", student.csrf("/join"), "code", m.code().toLowerCase(), "name", SCRIPT_NAME));
        assertThat(joined.status()).isEqualTo(303);
        assertThat(joined.header("Location")).isEqualTo("/class");
        String mine = student.get("/class", null).body();
        assertThat(mine).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT_NAME);
        String dashboard = m.teacher().get("/teach/" + m.code(), null).body();
        assertThat(dashboard).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT_NAME);
        Http.Reply roster = m.teacher().get("/api/classes/" + m.code() + "/roster", m.key());
        assertThat(roster.header("Content-Type")).startsWith("application/json");
        assertThat(roster.json().get("students").get(0).get("name").asText()).isEqualTo(SCRIPT_NAME);
        Http.Reply taken = new Http(base).form("/join", fields("csrf", "", "code", m.code(), "name", SCRIPT_NAME));
        assertThat(taken.body()).doesNotContain(SCRIPT_NAME);
    }

    @Test
    void theInstructorSetsWorkTheLessonIsRecordedAtItsLastStepAndTheDashboardShowsIt() {
        Made m = makeClass();
        String lesson = new ScenarioLibrary(java.util.Optional.empty()).current().scenarios().get(0).id();
        String csrf = m.teacher().csrf("/teach/" + m.code());
        Http.Reply set = m.teacher().form("/teach/" + m.code() + "/assignments", fields("csrf", csrf, "kind", "lesson", "lesson", lesson, "due", "2026-12-14"));
        assertThat(set.status()).as(set.body()).isEqualTo(303);
        List<SingleChoice> qs = ClassroomFixture.twoQuestions();
        m.teacher().form("/teach/" + m.code() + "/assignments", fields("csrf", csrf, "kind", "quiz", "title", "Ports",
                "ids", qs.get(0).id() + ", " + qs.get(1).id(), "mode", "exam", "minutes", "5"));

        Http student = new Http(base);
        student.form("/join", fields("csrf", student.csrf("/join"), "code", m.code(), "name", "Bo", "pin", "4321"));
        String mine = student.get("/class", null).body();
        assertThat(mine).contains("due 2026-12-14".substring(4)).contains("Ports").contains("not started");
        long lessonId = Long.parseLong(find(mine, "data-assignment=\"(\\d+)\""));
        Http.Reply open = student.get("/class/assignments/" + lessonId, null);
        assertThat(open.header("Location")).isEqualTo("/scenarios/" + lesson);
        String first = student.get("/scenarios/" + lesson, null).body();
        assertThat(student.get("/class", null).body()).as("the first step is not the end").doesNotContain(">done<");
        String last = find(first, "href=\"([^\"]+)\" class=\"button\" rel=\"last\"");
        assertThat(student.get(last, null).status()).isEqualTo(200);
        assertThat(student.get("/class", null).body()).contains(">done<").doesNotContain("Mark done");
        assertThat(student.form("/class/assignments/" + lessonId + "/done", fields("csrf", student.csrf("/class"))).status())
                .as("no button marks work done any more").isEqualTo(404);

        long quizId = lessonId + 1;
        Http.Reply toQuiz = student.get("/class/assignments/" + quizId, null);
        assertThat(toQuiz.header("Location")).startsWith("/quiz/take?ids=").endsWith("&assignment=" + quizId);
        String quizPage = student.get(toQuiz.header("Location"), null).body();
        assertThat(quizPage).contains("data-class=\"" + m.code() + "\"").contains("data-assignment=\"" + quizId + "\"").contains("data-token=\"");

        String home = student.get("/", null).body();
        assertThat(home).contains("id=\"my-class\"", "Your class: Net+ &lt;b&gt;evening&lt;/b&gt;", "Ports", "working", "done");
        assertThat(new Http(base).get("/", null).body()).as("no class panel for a visitor who joined none").doesNotContain("my-class");

        String dashboard = m.teacher().get("/teach/" + m.code(), null).body();
        assertThat(dashboard).contains("Still working on an exam").contains("Bo · Ports · started");
        assertThat(dashboard).containsPattern("class=\"done\" title=\"finished \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\">done · ");
        assertThat(m.teacher().get("/teach/" + m.code() + "/results.csv", null).body()).contains("Bo,Ports,quiz,working");
    }

    @Test
    void joiningClosesAStudentIsRemovedAndAPinContinuesElsewhere() {
        Made m = makeClass();
        Http ana = new Http(base);
        Http.Reply shortPin = ana.form("/join", fields("csrf", ana.csrf("/join"), "code", m.code(), "name", "Ana", "pin", "12"));
        assertThat(shortPin.status()).isEqualTo(400);
        assertThat(shortPin.body()).contains("A PIN is 4 to 8 digits");
        ana.form("/join", fields("csrf", ana.csrf("/join"), "code", m.code(), "name", "Ana", "pin", "1234"));
        Http phone = new Http(base);
        Http.Reply wrongPin = phone.form("/join/continue", fields("csrf", phone.csrf("/join"), "code", m.code(), "name", "ana", "pin", "9999"));
        assertThat(wrongPin.status()).isEqualTo(401);
        Http.Reply rightPin = phone.form("/join/continue", fields("csrf", phone.csrf("/join"), "code", m.code(), "name", "ana", "pin", "1234"));
        assertThat(rightPin.status()).isEqualTo(303);
        assertThat(phone.get("/class", null).body()).contains("id=\"student-name\">Ana<");

        String csrf = m.teacher().csrf("/teach/" + m.code());
        m.teacher().form("/teach/" + m.code() + "/joining", fields("csrf", csrf, "joining", "closed"));
        Http late = new Http(base);
        Http.Reply refused = late.form("/join", fields("csrf", late.csrf("/join"), "code", m.code(), "name", "Late"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("is closed");

        long anaId = Long.parseLong(find(m.teacher().get("/teach/" + m.code(), null).body(), "data-student=\"(\\d+)\""));
        m.teacher().form("/teach/" + m.code() + "/students/" + anaId + "/remove", fields("csrf", csrf));
        assertThat(m.teacher().get("/teach/" + m.code(), null).body()).contains("Students (0)");
        assertThat(ana.get("/class", null).header("Location")).isEqualTo("/join");
    }

    @Test
    void signingInNeedsTheRightKey() {
        Made m = makeClass();
        Http other = new Http(base);
        assertThat(other.get("/teach/" + m.code(), null).status()).isEqualTo(401);
        Http.Reply wrong = other.form("/teach/sign-in", fields("csrf", other.csrf("/teach"), "code", m.code(), "key", "AAAA-AAAA-AAAA-AAAA-AAAA"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("not the instructor key");
        Http.Reply right = other.form("/teach/sign-in", fields("csrf", other.csrf("/teach"), "code", m.code().toLowerCase(), "key", m.key().toLowerCase()));
        assertThat(right.status()).isEqualTo(303);
        assertThat(other.get("/teach/" + m.code(), null).status()).isEqualTo(200);
    }

    private static String find(String text, String regex) {
        var matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) throw new AssertionError("no " + regex + " in:\n" + text);
        return matcher.group(1);
    }
}
