package org.mailsim.web.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.mailsim.quiz.QuestionBank;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.StandInServer;
import org.mailsim.web.WebApp;

/** The quiz pages: setup, a quiz's address and its questions, the results page, and bad addresses. */
class QuizPagesTest {
    static final Path FIXTURES = Path.of("src/test/resources/quiz-fixtures");
    private static final ScenarioLibrary BUILT_IN = new ScenarioLibrary(Optional.empty());

    /** The built-in bank and the fixtures, loaded once for every test (loading replays the scenarios quoted). */
    static final QuestionBank BANK = QuestionBank.load(Optional.of(FIXTURES));

    static Javalin app() {
        return WebApp.create(WebApp.Parts.of(() -> StandInServer.INFO).withScenarios(BUILT_IN).withBank(BANK));
    }

    private static String location(io.javalin.testtools.Response response) {
        return response.headers().get("Location").get(0);
    }

    @Test
    void setupPageOffersTheExamsTopicsDifficultiesAndModes() {
        JavalinTest.test(app(), (server, client) -> {
            var response = client.get("/quiz");
            assertThat(response.code()).isEqualTo(200);
            String html = response.body().string();
            assertThat(html).contains("action=\"/quiz/take\"", "value=\"A+ 220-1201\"", "value=\"N10-009\"", "Any exam");
            assertThat(html).contains("name=\"topic\" value=\"imap-vs-pop3\"", "IMAP vs POP3", "name=\"difficulty\" value=\"advanced\"");
            assertThat(html).contains("name=\"mode\" value=\"study\"", "name=\"mode\" value=\"exam\"", "name=\"minutes\"", "name=\"count\"");
            assertThat(html).containsPattern("name=\"objective\" value=\"1\\.4\"");
            assertThat(html).as("objectives are shown with their published titles")
                    .contains("<span class=\"objective-title\">Explain common networking ports, protocols, services, and traffic types</span>");
            assertThat(html).contains("Export to a file", "Import from a file", "/static/quiz-setup.js");
            assertThat(html).doesNotContain("did not load");
        });
    }

    @Test
    void setupPageKeepsTheChoicesOfItsQuery() {
        JavalinTest.test(app(), (server, client) -> {
            String html = client.get("/quiz?exam=N10-009&objective=1.4&topic=ports-and-protocols&mode=exam&count=4&minutes=7").body().string();
            assertThat(html).containsPattern("value=\"N10-009\" checked")
                    .containsPattern("value=\"ports-and-protocols\" checked")
                    .containsPattern("name=\"objective\" value=\"1\\.4\" checked")
                    .containsPattern("value=\"exam\" checked").contains("value=\"4\"", "value=\"7\"");
        });
    }

    @Test
    void homePageAndHeaderLinkToTheQuizzes() {
        JavalinTest.test(app(), (server, client) -> {
            String home = client.get("/").body().string();
            // The start-here path ends with the quiz; no second "Take a quiz" card repeats it.
            assertThat(home).contains("<li><a href=\"/quiz\"><strong>Take a quiz</strong></a>");
            assertThat(home.split("Take a quiz", -1)).hasSize(2);
            assertThat(client.get("/scenarios").body().string()).contains("<nav class=\"site-nav\"", "href=\"/quiz\">Quizzes</a>");
        });
    }

    @Test
    void aQuizWithoutASeedIsGivenOneSoItsAddressReproducesIt() {
        JavalinTest.test(app(), (server, client) -> {
            var response = client.get("/quiz/take?topic=imap-vs-pop3&count=2&mode=exam&minutes=5");
            assertThat(response.code()).isEqualTo(302);
            String address = location(response);
            assertThat(address).matches("/quiz/take\\?topic=imap-vs-pop3&count=2&mode=exam&minutes=5&seed=\\d+");
            String first = client.get(address).body().string();
            String again = client.get(address).body().string();
            assertThat(questionIds(first)).hasSize(2).isEqualTo(questionIds(again));
            assertThat(first).contains("data-mode=\"exam\"", "data-minutes=\"5\"", "Exam quiz · 2 questions", "Submit the exam…");
            assertThat(first).contains("data-key=\"" + address.replace("&", "&amp;") + "\"");
        });
    }

    @Test
    void everyQuestionTypeIsDrawnWithoutItsAnswer() {
        JavalinTest.test(app(), (server, client) -> {
            String html = client.get("/quiz/take?ids=fixture-single,fixture-multiple,fixture-ordering,fixture-matching,"
                    + "fixture-transcript,fixture-exam-key&seed=7").body().string();
            assertThat(questionIds(html)).containsExactly("fixture-single", "fixture-multiple", "fixture-ordering", "fixture-matching",
                    "fixture-transcript", "fixture-exam-key");
            assertThat(html).contains("type=\"radio\" name=\"pick\"", "type=\"checkbox\" name=\"pick\"");
            assertThat(html).contains("<code>INBOX</code>", "class=\"order-item\"", "aria-label=\"Move up: AUTHORIZATION\"");
            assertThat(html).contains("<select name=\"match-0\"", "<option value=\"HTTPS\">HTTPS</option>");
            assertThat(html).contains("class=\"wire-row server\"", "* 2 FETCH (UID 2 FLAGS (\\Deleted))",
                    "From the replay of “Deleted is not gone (IMAP \\Deleted and EXPUNGE)”, step 7 (phone)");
            assertThat(html).as("a scenario is named by its title, not its id").doesNotContain("replay of imap-delete-vs-expunge");
            assertThat(html).contains("Study quiz · 6 questions", "Check the answer");
            assertThat(html).as("no answer key in the page").doesNotContain("Fixture why", "correct", "Fixture facts");
        });
    }

    @Test
    void aQuestionBeyondItsObjectiveSaysSoAndTheOthersDoNot() {
        JavalinTest.test(app(), (server, client) -> {
            String html = client.get("/quiz/take?ids=fixture-transcript,fixture-single&seed=7").body().string();
            String transcript = html.substring(html.indexOf("data-id=\"fixture-transcript\""), html.indexOf("data-id=\"fixture-single\""));
            assertThat(transcript).contains("<p class=\"beyond-exam small\">Beyond the exam: deeper than A+ 220-1201 objective 2.1 asks</p>");
            assertThat(html.substring(html.indexOf("data-id=\"fixture-single\""))).doesNotContain("beyond-exam");
        });
    }

    @Test
    void everyQuestionOfTheBankIsDrawnAndReviewed() {
        assertThat(BANK.problems()).isEmpty();
        java.util.List<String> ids = BANK.questions().stream().map(org.mailsim.quiz.Question::id).toList();
        JavalinTest.test(app(), (server, client) -> {
            for (int from = 0; from < ids.size(); from += QuizRequest.MAX_COUNT) {
                java.util.List<String> batch = ids.subList(from, Math.min(ids.size(), from + QuizRequest.MAX_COUNT));
                var page = client.get("/quiz/take?ids=" + String.join(",", batch) + "&seed=11");
                assertThat(page.code()).isEqualTo(200);
                assertThat(questionIds(page.body().string())).isEqualTo(batch);
                var results = client.post("/api/quiz/results", "{\"ids\": [\"" + String.join("\", \"", batch) + "\"]}");
                assertThat(results.code()).isEqualTo(200);
                assertThat(results.body().string()).contains("\"total\":" + batch.size());
            }
        });
    }

    @Test
    void questionsOfTheLastAttemptsAreLeftOutWhileTheBankHasOthers() {
        var spec = new org.mailsim.quiz.QuizSpec(Optional.of(org.mailsim.scenario.Exam.NETWORK_PLUS_N10_009), java.util.Set.of(),
                java.util.Set.of("ports-and-protocols"), Optional.empty(), 1, 1, java.util.Set.of());
        java.util.List<String> matching = BANK.questions().stream().filter(q -> org.mailsim.quiz.QuizComposer.matches(q, spec))
                .map(org.mailsim.quiz.Question::id).sorted().toList();
        assertThat(matching).hasSizeGreaterThan(3);
        java.util.List<String> fresh = matching.subList(0, 2);
        String avoid = String.join(",", matching.subList(2, matching.size()));
        JavalinTest.test(app(), (server, client) -> {
            for (int seed = 1; seed <= 5; seed++) {
                String html = client.get("/quiz/take?exam=N10-009&topic=ports-and-protocols&count=2&avoid=" + avoid + "&seed=" + seed).body().string();
                assertThat(questionIds(html)).as("seed " + seed).containsExactlyInAnyOrderElementsOf(fresh);
            }
            String more = client.get("/quiz/take?exam=N10-009&topic=ports-and-protocols&count=3&avoid=" + avoid + "&seed=1").body().string();
            assertThat(questionIds(more)).as("one seen question fills the third place").hasSize(3).containsAll(fresh);
        });
    }

    @Test
    void aLessonsQuizAsksOnlyAboutItsScenarioAndBringsBackAMissedQuestionMarkedAsSuch() {
        JavalinTest.test(app(), (server, client) -> {
            java.util.Set<String> onScenario = new java.util.HashSet<>(BANK.questions().stream()
                    .filter(q -> q.info().reference().scenario().equals(Optional.of("imap-phone-and-laptop")))
                    .map(org.mailsim.quiz.Question::id).toList());
            String lesson = client.get("/quiz/take?scenario=imap-phone-and-laptop&count=5&mode=study&seed=1").body().string();
            assertThat(questionIds(lesson)).hasSize(5).allMatch(onScenario::contains);
            assertThat(lesson).contains("questions on the scenario “One mailbox, two devices (IMAP)”").doesNotContain("Back for review")
                    .doesNotContain("scenario imap-phone-and-laptop");
            String withReview = client.get("/quiz/take?scenario=imap-phone-and-laptop&count=3&mode=study&review=fixture-ordering&seed=1")
                    .body().string();
            assertThat(questionIds(withReview)).hasSize(3).contains("fixture-ordering")
                    .filteredOn(id -> !id.equals("fixture-ordering")).allMatch(onScenario::contains);
            assertThat(withReview).containsOnlyOnce("↻ Back for review");
            assertThat(client.get("/quiz/take?scenario=Bad_Id&seed=1").code()).isEqualTo(400);
            var redirect = client.get("/quiz/take?scenario=imap-phone-and-laptop&count=2&review=fixture-ordering");
            assertThat(location(redirect)).startsWith("/quiz/take?scenario=imap-phone-and-laptop&count=2&mode=study&review=fixture-ordering&seed=");
        });
    }

    @Test
    void optionsAreShownInTheSeedsOrderAndThatOrderIsReproduced() {
        JavalinTest.test(app(), (server, client) -> {
            String a = client.get("/quiz/take?ids=fixture-multiple,fixture-ordering&seed=1").body().string();
            String b = client.get("/quiz/take?ids=fixture-multiple,fixture-ordering&seed=1").body().string();
            assertThat(values(a)).isEqualTo(values(b)).hasSize(7);
            assertThat(values(a).subList(4, 7)).as("ordering items are never shown in the right order").isNotEqualTo(java.util.List.of("0", "1", "2"));
        });
    }

    @Test
    void badQuizAddressesSayWhatIsWrong() {
        JavalinTest.test(app(), (server, client) -> {
            var count = client.get("/quiz/take?count=abc&seed=1");
            assertThat(count.code()).isEqualTo(400);
            assertThat(count.body().string()).contains("The count is a whole number from 1 to 100, not &quot;abc&quot;.", "href=\"/quiz\"");
            var exam = client.get("/quiz/take?exam=CCNA&seed=1");
            assertThat(exam.code()).isEqualTo(400);
            assertThat(exam.body().string()).contains("There is no exam &quot;CCNA&quot;");
            assertThat(client.get("/quiz/take?topic=cooking&seed=1").body().string()).contains("There is no topic &quot;cooking&quot;");
            assertThat(client.get("/quiz/take?mode=race&seed=1").body().string()).contains("The mode is study or exam");
            var unknown = client.get("/quiz/take?ids=fixture-single,no-such-question&seed=1");
            assertThat(unknown.code()).isEqualTo(404);
            assertThat(unknown.body().string()).contains("No such question", "no-such-question");
            assertThat(client.get("/quiz/take?ids=Not%20An%20Id&seed=1").code()).isEqualTo(400);
        });
    }

    @Test
    void aQuizNoQuestionMatchesLeadsBackToTheChoices() {
        JavalinTest.test(app(), (server, client) -> {
            var response = client.get("/quiz/take?exam=SY0-701&topic=reading-the-wire&objective=9.9&seed=3");
            assertThat(response.code()).isEqualTo(404);
            assertThat(response.body().string()).contains("No questions match", "Change the choices",
                    "href=\"/quiz?exam=SY0-701&amp;objective=9.9&amp;topic=reading-the-wire");
        });
    }

    @Test
    void resultsPageIsDrawnByItsScript() {
        JavalinTest.test(app(), (server, client) -> {
            var response = client.get("/quiz/results?attempt=abc");
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().string()).contains("id=\"score\"", "/static/quiz-results.js", "Retry what I missed");
        });
    }

    @Test
    void quizScriptsAreServed() {
        JavalinTest.test(app(), (server, client) -> {
            for (String file : new String[] {"quiz-dom.js", "quiz-store.js", "quiz-review.js", "quiz-form.js", "quiz-take.js", "quiz-setup.js", "quiz-results.js"}) {
                assertThat(client.get("/static/" + file).code()).as(file).isEqualTo(200);
            }
        });
    }

    static java.util.List<String> questionIds(String html) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("class=\"question\" id=\"q\\d+\" data-id=\"([^\"]+)\"").matcher(html);
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    /** Every option's and item's index, in the order the page shows them. */
    private static java.util.List<String> values(String html) {
        java.util.List<String> values = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("name=\"pick\" value=\"(\\d+)\"|data-item=\"(\\d+)\"").matcher(html);
        while (m.find()) values.add(m.group(1) != null ? m.group(1) : m.group(2));
        return values;
    }
}
