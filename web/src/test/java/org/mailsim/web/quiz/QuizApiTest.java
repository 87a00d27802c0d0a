package org.mailsim.web.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

/** The grading API: the engine grades, the review explains, and bad requests get 400 with a clear message. */
class QuizApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Reply(int code, JsonNode body) { }

    private static Reply post(HttpClient client, String path, String json) throws Exception {
        var response = client.post(path, json);
        assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/json");
        return new Reply(response.code(), JSON.readTree(response.body().string()));
    }

    private static Reply grade(HttpClient client, String id, String answer) throws Exception {
        return post(client, "/api/quiz/grade", "{\"id\": \"" + id + "\", \"answer\": " + answer + "}");
    }

    @Test
    void aRightPickIsGradedRightAndEveryOptionExplained() {
        JavalinTest.test(QuizPagesTest.app(), (server, client) -> {
            Reply reply = grade(client, "fixture-single", "{\"picked\": [0]}");
            assertThat(reply.code()).isEqualTo(200);
            assertThat(reply.body().get("correct").asBoolean()).isTrue();
            JsonNode review = reply.body().get("review");
            assertThat(review.get("options")).hasSize(3);
            assertThat(review.get("options").get(0).get("picked").asBoolean()).isTrue();
            assertThat(review.get("options").get(1).get("why").get("text").asText()).isEqualTo("Fixture why: POP3 downloads to one device.");
            assertThat(review.get("seeItHappen").get("href").asText()).isEqualTo("/scenarios/imap-phone-and-laptop/steps/2");
            assertThat(review.get("seeItHappen").get("label").asText()).as("the scenario's title, not its id")
                    .isEqualTo("One mailbox, two devices (IMAP), step 2");
            assertThat(review.get("rfc").get("text").asText()).isEqualTo("RFC 3501 §2.1");
            assertThat(review.get("rfc").get("parts").get(0).get("href").asText()).isEqualTo("/rfc/3501?s=2.1#section-2.1");
        });
    }

    @Test
    void aWrongPickIsGradedWrong() {
        JavalinTest.test(QuizPagesTest.app(), (server, client) -> {
            Reply reply = grade(client, "fixture-single", "{\"picked\": [1]}");
            assertThat(reply.body().get("correct").asBoolean()).isFalse();
            assertThat(reply.body().get("partial").asDouble()).isZero();
        });
    }

    @Test
    void multipleSelectTakesExactlyTheNumberAskedForAndIsAllOrNothing() {
        JavalinTest.test(QuizPagesTest.app(), (server, client) -> {
            assertError(grade(client, "fixture-multiple", "{\"picked\": [0]}"), "picks 1 option, but the question says to choose 2.");
            assertError(grade(client, "fixture-multiple", "{\"picked\": [0, 1, 2]}"), "picks 3 options, but the question says to choose 2.");
            Reply half = grade(client, "fixture-multiple", "{\"picked\": [0, 2]}");
            assertThat(half.body().get("correct").asBoolean()).isFalse();
            assertThat(half.body().get("partial").asDouble()).as("one right pick, one wrong").isEqualTo(0.0);
            assertThat(grade(client, "fixture-multiple", "{\"picked\": [1, 0]}").body().get("correct").asBoolean()).isTrue();
        });
    }

    @Test
    void orderingMatchingAndTranscriptAreGradedAndReviewed() {
        JavalinTest.test(QuizPagesTest.app(), (server, client) -> {
            Reply order = grade(client, "fixture-ordering", "{\"order\": [1, 0, 2]}");
            assertThat(order.body().get("correct").asBoolean()).isFalse();
            assertThat(order.body().get("review").get("items").get(0).get("yourPosition").asInt()).isEqualTo(2);
            assertThat(grade(client, "fixture-ordering", "{\"order\": [0, 1, 2]}").body().get("correct").asBoolean()).isTrue();

            Reply match = grade(client, "fixture-matching", "{\"matches\": {\"0\": \"IMAP over TLS\", \"1\": \"HTTPS\"}}");
            assertThat(match.body().get("correct").asBoolean()).isFalse();
            JsonNode pairs = match.body().get("review").get("pairs");
            assertThat(pairs.get(1).get("yours").asText()).isEqualTo("HTTPS");
            assertThat(pairs.get(2).has("yours")).as("an empty match is left out").isFalse();
            assertThat(match.body().get("review").get("distractors").get(0).asText()).isEqualTo("HTTPS");

            Reply transcript = grade(client, "fixture-transcript", "{\"picked\": [0]}");
            assertThat(transcript.body().get("correct").asBoolean()).isTrue();
            assertThat(transcript.body().get("review").get("excerpt").get("lines").get(2).get("text").asText())
                    .isEqualTo("* 2 FETCH (UID 2 FLAGS (\\Deleted))");
            assertThat(transcript.body().get("review").get("excerpt").get("caption").asText())
                    .isEqualTo("From the replay of “Deleted is not gone (IMAP \\Deleted and EXPUNGE)”, step 7 (phone)");
        });
    }

    @Test
    void anExamKeyQuestionShowsTheRfcFacts() {
        JavalinTest.test(QuizPagesTest.app(), (server, client) -> {
            JsonNode review = grade(client, "fixture-exam-key", "{\"picked\": [0]}").body().get("review");
            assertThat(review.get("examKey").get("exam").asText()).isEqualTo("N10-009");
            assertThat(review.get("examKey").get("rfcFacts").get("text").asText()).startsWith("Fixture facts");
        });
    }

    @Test
    void theReviewOfAQuestionBeyondItsObjectiveCarriesTheLabel() {
        JavalinTest.test(QuizPagesTest.app(), (server, client) -> {
            JsonNode beyond = grade(client, "fixture-transcript", "{\"picked\": [0]}").body().get("review");
            assertThat(beyond.get("beyondExam").asText()).isEqualTo("Beyond the exam: deeper than A+ 220-1201 objective 2.1 asks");
            assertThat(grade(client, "fixture-exam-key", "{\"picked\": [0]}").body().get("review").has("beyondExam")).isFalse();
        });
    }

    private static final String POP3_SETTINGS = "{\"settings\": {\"incomingType\": \"pop3\", \"incomingServer\": \"mail.mailsim.test\","
            + " \"incomingPort\": 995, \"incomingSecurity\": \"tls\", \"leaveOnServer\": true, \"outgoingServer\": \"mail.mailsim.test\","
            + " \"outgoingPort\": 587, \"outgoingSecurity\": \"starttls\", \"outgoingAuth\": true}}";

    @Test
    void aConfigureTaskIsGradedByRunningTheSettingsAndTheDecisiveLineIsMarked() {
        JavalinTest.test(QuizPagesTest.app(), (server, client) -> {
            Reply pop3 = grade(client, "fixture-configure", POP3_SETTINGS);
            assertThat(pop3.code()).isEqualTo(200);
            assertThat(pop3.body().get("correct").asBoolean()).isFalse();
            JsonNode run = pop3.body().get("review").get("run");
            assertThat(run.get("passed").asBoolean()).isFalse();
            assertThat(run.get("explanation").asText()).contains("POP3 keeps no read or unread state on the server");
            var decisive = new java.util.ArrayList<String>();
            run.get("lines").forEach(l -> { if (l.get("decisive").asBoolean()) decisive.add(l.get("text").asText()); });
            assertThat(decisive).containsExactly("laptop shows: Inbox, 2 messages, 2 unread");
            assertThat(run.get("lines").toString()).contains("AUTH PLAIN").doesNotContain("[TLS application data");
            assertThat(run.get("model").get("incomingPort").asInt()).isEqualTo(993);
            assertThat(run.get("why").get("text").asText()).isEqualTo("Fixture why, IMAP keeps the read state on the server.");

            Reply imap = grade(client, "fixture-configure", POP3_SETTINGS.replace("pop3", "imap").replace("995", "993"));
            assertThat(imap.body().get("correct").asBoolean()).isTrue();
            assertThat(imap.body().get("review").get("run").get("passed").asBoolean()).isTrue();
        });
    }

    @Test
    void aFailedConfigureTaskLinksToTheLessonAboutTheMistakeMade() {
        JavalinTest.test(QuizPagesTest.app(), (server, client) -> {
            String imap = POP3_SETTINGS.replace("pop3", "imap");
            Map<String, String> lessons = Map.of(
                    imap.replace("995", "143"), "/scenarios/wrong-port-and-security",               // SSL/TLS on the STARTTLS port
                    imap.replace("995", "993").replace("\"tls\"", "\"none\""), "/scenarios/wrong-port-and-security", // no TLS on 993
                    imap.replace("995", "143").replace("\"tls\"", "\"none\""), "/scenarios/imap-starttls-vs-implicit-tls", // cleartext refused
                    POP3_SETTINGS.replace("true, \"outgoingServer", "false, \"outgoingServer"), "/scenarios/pop3-delete-after-download");
            for (var lesson : lessons.entrySet()) {
                JsonNode see = grade(client, "fixture-configure", lesson.getKey()).body().get("review").get("seeItHappen");
                assertThat(see.get("href").asText()).as(lesson.getKey()).isEqualTo(lesson.getValue());
                assertThat(see.get("label").asText()).as("a title").doesNotContain("-");
            }
            JsonNode passed = grade(client, "fixture-configure", imap.replace("995", "993")).body().get("review").get("seeItHappen");
            assertThat(passed.get("href").asText()).as("settings that work: the question's own reference")
                    .isEqualTo("/scenarios/imap-phone-and-laptop/steps/6");
        });
    }

    @Test
    void configureSettingsThatCannotBeRunSayWhichFieldIsWrong() {
        JavalinTest.test(QuizPagesTest.app(), (server, client) -> {
            assertError(grade(client, "fixture-configure", POP3_SETTINGS.replace("\"incomingServer\": \"mail.mailsim.test\",", "")),
                    "fill in incomingServer");
            assertError(grade(client, "fixture-configure", POP3_SETTINGS.replace("995", "99500")), "incomingPort must be a port number from 1 to 65535");
            assertError(grade(client, "fixture-configure", POP3_SETTINGS.replace("\"tls\"", "\"ssl3\"")), "incomingSecurity is none, starttls or tls");
            assertError(grade(client, "fixture-configure", POP3_SETTINGS.replace("\"pop3\"", "\"exchange\"")),
                    "the incoming server type is imap or pop3, not exchange");
            assertError(grade(client, "fixture-configure", POP3_SETTINGS.replace("true, \"outgoingServer", "\"yes\", \"outgoingServer")),
                    "leaveOnServer is true or false");
        });
    }

    @Test
    void badRequestsGet400AndSayWhatIsWrong() {
        JavalinTest.test(QuizPagesTest.app(), (server, client) -> {
            assertError(grade(client, "no-such-question", "{\"picked\": [0]}"), "There is no question \"no-such-question\" in the bank.");
            assertError(post(client, "/api/quiz/grade", "{not json"), "The request body is not JSON");
            assertError(post(client, "/api/quiz/grade", "[1, 2]"), "The request body must be a JSON object.");
            assertError(post(client, "/api/quiz/grade", "{\"answer\": {}}"), "The request needs \"id\"");
            assertError(grade(client, "fixture-single", "\"IMAP\""), "The answer to fixture-single must be an object");
            assertError(grade(client, "fixture-single", "{\"order\": [0]}"), "must be {\"picked\": …}");
            assertError(grade(client, "fixture-single", "{\"picked\": [7]}"), "7 is not an option of this question; they are numbered 0 to 2.");
            assertError(grade(client, "fixture-single", "{\"picked\": [0, 1]}"), "picks 2 options, but the question has one answer.");
            assertError(grade(client, "fixture-single", "{\"picked\": []}"), "picks nothing");
            assertError(grade(client, "fixture-ordering", "{\"order\": [0, 0, 1]}"), "must list each of the 3 items once");
            assertError(grade(client, "fixture-matching", "{\"matches\": {\"0\": \"FTP\"}}"), "\"FTP\" is not one of the choices offered");
            assertError(grade(client, "fixture-matching", "{\"matches\": {\"5\": \"HTTPS\"}}"), "\"5\" is not an item number");
        });
    }

    @Test
    void resultsForAnExamGiveAScaledScoreEstimateBesideItsPassingScore() {
        JavalinTest.test(QuizPagesTest.app(), (server, client) -> {
            String quiz = "{\"ids\": [\"fixture-single\", \"fixture-multiple\", \"fixture-ordering\"],"
                    + " \"answers\": {\"fixture-single\": {\"picked\": [0]}}, \"exam\": \"N10-009\"}";
            JsonNode scaled = post(client, "/api/quiz/results", quiz).body().get("scaled");
            assertThat(scaled.get("score").asInt()).isEqualTo(367); // 100 + 800 × 1/3
            assertThat(scaled.get("passing").asInt()).isEqualTo(720);
            assertThat(scaled.get("atOrAbovePassing").asBoolean()).isFalse();
            assertThat(scaled.get("words").asText()).startsWith("Estimated 367 on the 100–900 scale; N10-009 passes at 720. An estimate only");
            assertThat(post(client, "/api/quiz/results", quiz.replace("N10-009", "A+ 220-1202")).body().get("scaled").get("passing").asInt())
                    .isEqualTo(700);
            assertThat(post(client, "/api/quiz/results", quiz.replace("N10-009", "CCNA")).code()).isEqualTo(400);
        });
    }

    @Test
    void resultsScoreTheQuizAndBreakItDownByObjectiveAndTopic() {
        JavalinTest.test(QuizPagesTest.app(), (server, client) -> {
            Reply reply = post(client, "/api/quiz/results", "{\"ids\": [\"fixture-single\", \"fixture-multiple\", \"fixture-ordering\"],"
                    + " \"answers\": {\"fixture-single\": {\"picked\": [0]}, \"fixture-multiple\": {\"picked\": [2, 3]}}}");
            assertThat(reply.code()).isEqualTo(200);
            JsonNode r = reply.body();
            assertThat(r.get("right").asInt()).isEqualTo(1);
            assertThat(r.get("total").asInt()).isEqualTo(3);
            assertThat(r.get("percent").asInt()).isEqualTo(33);
            assertThat(r.get("missed")).extracting(JsonNode::asText).containsExactly("fixture-multiple", "fixture-ordering");
            assertThat(r.get("byObjective")).extracting(b -> b.get("key").asText() + " " + b.get("right") + "/" + b.get("total"))
                    .containsExactly("A+ 220-1201 2.1 1/2", "N10-009 1.4 0/1");
            assertThat(r.get("byTopic")).extracting(b -> b.get("label").asText() + " " + b.get("right") + "/" + b.get("total"))
                    .containsExactly("IMAP vs POP3 1/2", "SMTP and submission 0/1");
            assertThat(r.get("byObjective").get(1).get("label").asText())
                    .isEqualTo("N10-009 1.4 Explain common networking ports, protocols, services, and traffic types");
            assertThat(r.has("scaled")).as("no exam chosen: no scaled score").isFalse();
            JsonNode unanswered = r.get("questions").get(2);
            assertThat(unanswered.get("number").asInt()).isEqualTo(3);
            assertThat(unanswered.get("review").get("answered").asBoolean()).isFalse();
            assertThat(unanswered.get("review").get("items").get(0).get("why").get("text").asText()).isEqualTo("Fixture why: first, log in.");
        });
    }

    @Test
    void resultsRefuseAnswersToQuestionsNotInTheQuiz() {
        JavalinTest.test(QuizPagesTest.app(), (server, client) -> {
            assertError(post(client, "/api/quiz/results", "{\"ids\": [\"fixture-single\"], \"answers\": {\"fixture-ordering\": {\"order\": [0, 1, 2]}}}"),
                    "\"answers\" has an answer to fixture-ordering, which is not in \"ids\".");
            assertError(post(client, "/api/quiz/results", "{\"answers\": {}}"), "The request needs \"ids\"");
            assertError(post(client, "/api/quiz/results", "{\"ids\": [\"fixture-single\", \"fixture-single\"]}"), "names fixture-single twice");
            assertError(post(client, "/api/quiz/results", "{\"ids\": [\"fixture-single\"], \"answers\": {\"fixture-single\": {\"picked\": \"0\"}}}"),
                    "picked must be a list of numbers");
        });
    }

    private static void assertError(Reply reply, String message) {
        assertThat(reply.code()).isEqualTo(400);
        assertThat(reply.body().get("error").asText()).contains(message);
    }
}
