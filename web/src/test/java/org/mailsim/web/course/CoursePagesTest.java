package org.mailsim.web.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.StandInServer;
import org.mailsim.web.WebApp;

/** The course pages over HTTP: the lessons in the file's order, one lesson's parts, the JSON, the player's way on. */
class CoursePagesTest {
    private static final ScenarioLibrary BUILT_IN = new ScenarioLibrary(Optional.empty());

    private static io.javalin.Javalin app() {
        return WebApp.create(() -> StandInServer.INFO, BUILT_IN);
    }

    @Test
    void theCoursePageListsTheLessonsInOrderAndTheHeaderLinksToIt() {
        JavalinTest.test(app(), (server, client) -> {
            String html = client.get("/course").body().string();
            assertThat(html).contains("<a href=\"/course\">Course</a>", "Email on the wire, one lesson at a time", "/static/course.js");
            assertThat(html.indexOf("href=\"/course/imap-keeps-mail-on-the-server\""))
                    .isPositive().isLessThan(html.indexOf("href=\"/course/pop3-moves-mail-to-one-device\""));
            assertThat(html.split("class=\"lesson-row", -1)).hasSize(21);
        });
    }

    @Test
    void aLessonLinksItsScenarioItsLabExerciseItsQuizAndTheNextLesson() {
        JavalinTest.test(app(), (server, client) -> {
            String html = client.get("/course/imap-keeps-mail-on-the-server").body().string();
            assertThat(html).contains("Lesson 1 of 20", "href=\"/scenarios/imap-phone-and-laptop\"", "href=\"/lab?exercise=imap-other-device\"",
                    "Watch a delete arrive on the other device", "href=\"/quiz/take?scenario=imap-phone-and-laptop&amp;count=5&amp;mode=study\"",
                    "href=\"/course/pop3-moves-mail-to-one-device\"", "Next lesson: New phone, empty inbox");
            assertThat(html).doesNotContain("Previous lesson");
            String noExercise = client.get("/course/what-a-sniffer-sees").body().string();
            assertThat(noExercise).doesNotContain("data-part=\"practise\"").contains("Previous lesson");
            String last = client.get("/course/pop3-two-devices").body().string();
            assertThat(last).contains("Back to the course").doesNotContain("Next lesson:");
            assertThat(client.get("/course/no-such-lesson").code()).isEqualTo(404);
        });
    }

    @Test
    void theLessonsAreServedAsJsonForTheHomePage() {
        JavalinTest.test(app(), (server, client) -> {
            var response = client.get("/api/course");
            assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/json");
            String json = response.body().string();
            assertThat(json).contains("\"id\":\"imap-keeps-mail-on-the-server\"", "\"exercise\":\"imap-other-device\"",
                    "\"quizHref\":\"/quiz/take?scenario=imap-phone-and-laptop&count=5&mode=study\"");
            assertThat(client.get("/").body().string()).contains("id=\"course-home-continue\"", "/static/course.js");
        });
    }

    @Test
    void theLastStepOfAScenarioLeadsOnToItsLessonsLabWhereEarlierStepsHaveNext() {
        JavalinTest.test(app(), (server, client) -> {
            var response = client.get("/scenarios/pop3-delete-after-download/steps/"
                    + BUILT_IN.current().find("pop3-delete-after-download").orElseThrow().steps().size());
            assertThat(response.code()).isEqualTo(200);
            String last = response.body().string();
            assertThat(last).contains("href=\"/lab?exercise=pop3-delete-imap-sees\"", "Next: practise it in the lab ▶",
                            "data-scenario=\"pop3-delete-after-download\"", "data-part=\"QUIZ\"",
                            "data-href=\"/course/pop3-leave-a-copy\">Next lesson: Leave a copy on the server (two POP3 devices) ▶")
                    .doesNotContain("aria-disabled=\"true\"><span class=\"word\">Next");
            String first = client.get("/scenarios/pop3-delete-after-download/steps/1").body().string();
            assertThat(first).doesNotContain("course-onward").contains("rel=\"next\"");
        });
    }
}
