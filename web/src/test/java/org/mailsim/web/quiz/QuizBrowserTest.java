package org.mailsim.web.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailsim.web.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Quizzes in real headless Chromium, on the fixture questions: study mode and exam mode end to
 * end, answered from the keyboard, a reload mid-quiz that loses nothing, the results page, and
 * the history's import. Screenshots go to target/screenshots/quiz-*.png.
 */
class QuizBrowserTest {
    private static final String STUDY = "/quiz/take?ids=fixture-single,fixture-multiple,fixture-ordering,fixture-matching,"
            + "fixture-transcript&mode=study";
    private static Javalin app;
    private static String base;

    @BeforeAll
    static void startApp() {
        app = QuizPagesTest.app().start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stopApp() {
        app.stop();
    }

    @Test
    void studyModeFromTheKeyboardWithAReloadMidQuizThenTheResults() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            ChromeDriver driver = chromium.driver;
            driver.get(base + STUDY);
            assertThat(driver.getCurrentUrl()).contains("&seed=");
            String address = driver.getCurrentUrl();

            // 1: single choice. The number key picks, Enter checks; every option is explained.
            press(driver, key(current(driver), "IMAP"));
            press(driver, Keys.ENTER);
            WebElement feedback = feedback(driver);
            assertThat(feedback.getText()).contains("✓ Right.", "Fixture why: IMAP works", "Fixture why: POP3 downloads", "RFC 3501 §2.1");
            assertThat(feedback.findElement(By.cssSelector("a.see-it")).getAttribute("href")).endsWith("/scenarios/imap-phone-and-laptop/steps/2");
            assertThat(feedback.findElement(By.cssSelector("a.see-it")).getText()).isEqualTo("See it happen: One mailbox, two devices (IMAP), step 2");
            chromium.screenshot("quiz-study-feedback");
            press(driver, Keys.ENTER);

            // 2: multiple select, "Choose two": one pick is not yet an answer; one right and one wrong pick are not right.
            waitForQuestion(driver, 2);
            assertThat(current(driver).findElement(By.cssSelector(".instructions")).getText()).startsWith("Choose 2.");
            press(driver, key(current(driver), "POP3"));
            press(driver, Keys.ENTER);
            assertThat(current(driver).findElement(By.cssSelector(".form-message")).getText())
                    .isEqualTo("Choose 2: you have picked 1; pick 1 more.");
            assertThat(current(driver).findElement(By.cssSelector(".feedback")).isDisplayed()).as("not graded").isFalse();
            assertThat(gridLabels(driver).get(1)).isEqualTo("Question 2: not answered");
            press(driver, key(current(driver), "DNS"));
            press(driver, Keys.ENTER);
            assertThat(feedback(driver).getText()).contains("✗ Not right.", "✓ right answer · you picked it");
            press(driver, "n");

            // 3: ordering, by keyboard: a row's number focuses its Up button, ↑ moves the row up.
            waitForQuestion(driver, 3);
            sortByKeyboard(driver, List.of("AUTHORIZATION", "TRANSACTION", "UPDATE"));
            assertThat(itemTexts(current(driver))).containsExactly("AUTHORIZATION", "TRANSACTION", "UPDATE");
            chromium.screenshot("quiz-ordering");

            // A reload mid-quiz: the same question, the order just made, the checked answers still checked.
            driver.navigate().refresh();
            waitForQuestion(driver, 3);
            assertThat(driver.getCurrentUrl()).isEqualTo(address);
            assertThat(itemTexts(current(driver))).containsExactly("AUTHORIZATION", "TRANSACTION", "UPDATE");
            assertThat(gridLabels(driver)).startsWith("Question 1: answered, right", "Question 2: answered, wrong",
                    "Question 3: answered", "Question 4: not answered");
            press(driver, Keys.ENTER);
            assertThat(feedback(driver).getText()).contains("✓ Right.", "✓ you put it here");
            press(driver, Keys.ARROW_LEFT);
            waitForQuestion(driver, 2);
            assertThat(feedback(driver).getText()).as("a checked answer's feedback comes back after a reload").contains("✗ Not right.", "Fixture why: DNS finds hosts.");
            press(driver, Keys.ARROW_RIGHT);
            press(driver, Keys.ARROW_RIGHT);

            // 4: matching, one wrong pick.
            waitForQuestion(driver, 4);
            List<WebElement> selects = current(driver).findElements(By.tagName("select"));
            new Select(selects.get(0)).selectByVisibleText("IMAP over TLS");
            new Select(selects.get(1)).selectByVisibleText("HTTPS");
            new Select(selects.get(2)).selectByVisibleText("SMTP between servers");
            current(driver).findElement(By.cssSelector("button.check")).click();
            assertThat(feedback(driver).getText()).contains("✗ Not right.", "✗ HTTPS", "Matching nothing: HTTPS.");
            current(driver).findElement(By.cssSelector("button.next")).click();

            // 5: read the transcript, drawn as the player draws the wire.
            waitForQuestion(driver, 5);
            assertThat(current(driver).findElement(By.cssSelector(".excerpt")).getText()).contains("* 2 FETCH (UID 2 FLAGS (\\Deleted))");
            assertThat(current(driver).findElement(By.cssSelector(".excerpt figcaption")).getText())
                    .isEqualTo("From the replay of “Deleted is not gone (IMAP \\Deleted and EXPUNGE)”, step 7 (phone)");
            String beyond = "Beyond the exam: deeper than A+ 220-1201 objective 2.1 asks";
            assertThat(current(driver).findElement(By.cssSelector(".beyond-exam")).getText()).isEqualTo(beyond);
            press(driver, key(current(driver), "It is marked"));
            press(driver, Keys.ENTER);
            assertThat(feedback(driver).getText()).contains("✓ Right.", beyond);
            chromium.screenshot("quiz-transcript");

            driver.findElement(By.id("finish")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/quiz/results?attempt="));
            WebElement score = waitVisible(driver, By.id("score"));
            assertThat(score.getText()).contains("3 of 5 right", "(60%)");
            assertThat(driver.findElement(By.id("by-topic")).getText()).contains("IMAP vs POP3 2 of 2", "Ports and protocols 0 of 1", "Reading the wire 1 of 1");
            assertThat(driver.findElement(By.id("by-objective")).getText()).contains("A+ 220-1201 2.1 Compare and contrast Transmission Control Protocol (TCP) and User Datagram Protocol (UDP) ports,"
                    + " protocols, and their purposes 3 of 4", "N10-009 1.4 Explain common networking ports, protocols, services, and traffic types 0 of 1");
            assertThat(driver.findElement(By.id("wrong-list")).getText()).contains("Question 2", "Question 4", "Fixture why: DNS finds hosts.")
                    .doesNotContain("Question 1 ");
            String retry = driver.findElement(By.id("retry-missed")).getAttribute("href");
            assertThat(retry).contains("ids=fixture-multiple%2Cfixture-matching", "mode=study");
            chromium.screenshot("quiz-results");

            driver.findElement(By.id("retry-missed")).click();
            waitForQuestion(driver, 1);
            assertThat(driver.findElements(By.cssSelector("form.question"))).hasSize(2);
            assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("Study quiz · 2 questions");
        }
    }

    @Test
    void examModeIsTimedKeepsFlagsAndAnswersOverAReloadAndSubmitsItselfAtZero() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            ChromeDriver driver = chromium.driver;
            driver.get(base + "/quiz/take?ids=fixture-single,fixture-exam-key,fixture-ordering&mode=exam&minutes=10");
            waitForQuestion(driver, 1);
            assertThat(driver.findElement(By.id("timer")).getText()).matches("Time left (10:00|9:5\\d)");
            assertThat(driver.findElements(By.cssSelector("button.check"))).as("no checking in exam mode").isEmpty();

            press(driver, key(current(driver), "SMTP"));
            press(driver, "f");
            assertThat(gridLabels(driver).get(0)).isEqualTo("Question 1: answered, flagged");
            assertThat(current(driver).findElement(By.cssSelector(".flag-badge")).isDisplayed()).isTrue();
            press(driver, Keys.ENTER);
            waitForQuestion(driver, 2);
            press(driver, key(current(driver), "587"));
            press(driver, Keys.ENTER);
            waitForQuestion(driver, 3);
            assertThat(driver.findElements(By.cssSelector(".feedback:not([hidden])"))).as("no feedback until the end").isEmpty();
            chromium.screenshot("quiz-exam");

            driver.navigate().refresh();
            waitForQuestion(driver, 3);
            assertThat(gridLabels(driver)).containsExactly("Question 1: answered, flagged", "Question 2: answered", "Question 3: not answered");
            driver.findElement(By.cssSelector(".grid-button[data-goto='0']")).click();
            waitForQuestion(driver, 1);
            WebElement picked = current(driver).findElement(By.cssSelector("input[name=pick]:checked"));
            assertThat(picked.findElement(By.xpath("..")).getText()).contains("SMTP");

            driver.findElement(By.id("finish")).click();
            WebElement dialog = waitVisible(driver, By.id("submit-dialog"));
            assertThat(dialog.getText()).contains("1 of 3 questions not answered.", "1 flagged for review.");
            dialog.findElement(By.cssSelector("button[value=cancel]")).click();

            // Two seconds left on the clock: the exam submits itself at zero.
            driver.executeScript("var all = JSON.parse(localStorage.getItem('mailsim.quiz.progress'));"
                    + "Object.values(all).forEach(function (p) { p.deadline = Date.now() + 2000; });"
                    + "localStorage.setItem('mailsim.quiz.progress', JSON.stringify(all));");
            driver.navigate().refresh();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/quiz/results?attempt="));
            WebElement score = waitVisible(driver, By.id("score"));
            assertThat(score.getText()).contains("1 of 3 right", "when the time ran out");
            assertThat(driver.findElement(By.id("wrong-list")).getText()).contains("✗ wrong answer · you picked it", "– Not answered.");
            assertThat(driver.findElement(By.id("wrong-list")).getText()).doesNotContain("Question 2");
            assertThat(driver.findElement(By.id("right-list")).getAttribute("textContent")).contains("Graded by the N10-009 answer key.");
            chromium.screenshot("quiz-exam-results");
        }
    }

    @Test
    void aChooseTwoQuestionWithOnePickIsNotAnAnswerInAnExam() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            ChromeDriver driver = chromium.driver;
            driver.get(base + "/quiz/take?ids=fixture-multiple&mode=exam&minutes=10");
            waitForQuestion(driver, 1);
            press(driver, key(current(driver), "IMAP"));
            assertThat(gridLabels(driver)).containsExactly("Question 1: not answered");
            driver.findElement(By.id("finish")).click();
            WebElement dialog = waitVisible(driver, By.id("submit-dialog"));
            assertThat(dialog.getText()).contains("1 of 1 questions not answered.");
            dialog.findElement(By.cssSelector("button[value=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/quiz/results?attempt="));
            assertThat(waitVisible(driver, By.id("score")).getText()).contains("0 of 1 right");
            assertThat(driver.findElement(By.id("wrong-list")).getText()).contains("– Not answered.");
        }
    }

    @Test
    void setupStartsAQuizAndTheHistoryIsListedAndImportedWithClearErrors(@TempDir Path files) throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            ChromeDriver driver = chromium.driver;
            driver.get(base + "/quiz");
            assertThat(driver.findElement(By.id("history-empty")).isDisplayed()).isTrue();
            driver.findElement(By.cssSelector("input[name=exam][value='A+ 220-1201']")).click();
            assertThat(driver.findElement(By.cssSelector(".objective-group[data-exam='A+ 220-1201']")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.cssSelector(".objective-group[data-exam='N10-009']")).isDisplayed()).isFalse();
            driver.findElement(By.cssSelector("input[name=topic][value=imap-vs-pop3]")).click();
            driver.findElement(By.cssSelector("input[name=mode][value=exam]")).click();
            assertThat(driver.findElement(By.id("minutes")).isDisplayed()).isTrue();
            WebElement count = driver.findElement(By.id("count"));
            count.clear();
            count.sendKeys("2");
            assertThat(driver.findElement(By.id("minutes")).getAttribute("value")).isEqualTo("3");
            chromium.screenshot("quiz-setup");
            driver.findElement(By.cssSelector("#quiz-setup button[type=submit]")).click();
            waitForQuestion(driver, 1);
            assertThat(driver.getCurrentUrl()).contains("exam=A%2B+220-1201", "topic=imap-vs-pop3", "count=2", "mode=exam", "minutes=3", "seed=");

            // Back on the setup page: the quiz under way is offered to carry on with.
            driver.get(base + "/quiz");
            assertThat(driver.findElement(By.id("in-progress")).getText()).contains("Exam quiz", "0 of 2 answered");

            Path bad = files.resolve("bad.json");
            Files.writeString(bad, "{\"format\": \"mailsim-quiz-history\", \"version\": 1, \"attempts\": [{\"id\": \"x\", \"key\": \"/elsewhere\","
                    + " \"mode\": \"race\", \"ids\": [\"fixture-single\"], \"answers\": {\"fixture-single\": {\"picked\": \"IMAP\"}}, \"finishedAt\": 1}]}");
            driver.findElement(By.id("import-history")).sendKeys(bad.toString());
            WebElement error = waitVisible(driver, By.cssSelector("#history-error ul"));
            assertThat(driver.findElement(By.id("history-error")).getText()).contains("Nothing was imported from bad.json:",
                    "attempts[0].key: expected a quiz address", "attempts[0].mode: expected \"study\" or \"exam\", found \"race\"",
                    "attempts[0].answers[\"fixture-single\"]: picked is a list of option numbers");
            assertThat(error.findElements(By.tagName("li"))).hasSize(3);
            chromium.screenshot("quiz-import-error");

            Path good = files.resolve("good.json");
            Files.writeString(good, "{\"format\": \"mailsim-quiz-history\", \"version\": 1, \"attempts\": [{\"id\": \"imported-1\","
                    + " \"key\": \"/quiz/take?ids=fixture-single&mode=study&seed=5\", \"describe\": \"1 chosen question\", \"mode\": \"study\","
                    + " \"ids\": [\"fixture-single\"], \"answers\": {\"fixture-single\": {\"picked\": [0]}}, \"finishedAt\": 1700000000000}]}");
            driver.findElement(By.id("import-history")).sendKeys(good.toString());
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.textToBe(By.id("history-status"),
                    "Imported 1 attempt from good.json."));
            assertThat(driver.findElement(By.id("history-error")).getText()).isEmpty();
            WebElement table = driver.findElement(By.id("history-table"));
            assertThat(table.getText()).contains("1 chosen question", "study", "not graded yet");
            String exported = (String) driver.executeScript("return MailsimQuiz.exportFile();");
            assertThat(exported).contains("\"format\": \"mailsim-quiz-history\"", "\"id\": \"imported-1\"");

            table.findElement(By.linkText("Review")).click();
            assertThat(waitVisible(driver, By.id("score")).getText()).contains("1 of 1 right");
            driver.get(base + "/quiz");
            assertThat(driver.findElement(By.id("history-table")).getText()).contains("1 of 1 (100%)");

            // The next quiz leaves out the questions of the last attempts, as far as the bank allows.
            driver.findElement(By.cssSelector("#quiz-setup button[type=submit]")).click();
            waitForQuestion(driver, 1);
            assertThat(driver.getCurrentUrl()).contains("avoid=fixture-single");
        }
    }

    @Test
    void aConfigureTaskRunsTheFormsSettingsAndShowsTheDecisiveLine() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            ChromeDriver driver = chromium.driver;
            driver.get(base + "/quiz/take?ids=fixture-configure&mode=study");
            waitForQuestion(driver, 1);
            WebElement form = current(driver);
            assertThat(form.findElement(By.cssSelector(".situation")).getText()).contains("mail.mailsim.test", "phone, laptop");
            form.findElement(By.cssSelector("input[name=incomingType][value=pop3]")).click();
            form.findElement(By.name("incomingServer")).sendKeys("mail.mailsim.test");
            form.findElement(By.name("incomingPort")).sendKeys("995");
            new Select(form.findElement(By.name("incomingSecurity"))).selectByVisibleText("SSL/TLS");
            form.findElement(By.name("leaveOnServer")).click();
            form.findElement(By.name("outgoingServer")).sendKeys("mail.mailsim.test");
            form.findElement(By.name("outgoingPort")).sendKeys("587", Keys.ENTER);
            assertThat(form.findElement(By.cssSelector(".form-message")).getText())
                    .isEqualTo("Fill in the outgoing security first.");
            new Select(form.findElement(By.name("outgoingSecurity"))).selectByVisibleText("STARTTLS");
            form.findElement(By.name("outgoingAuth")).click();

            driver.navigate().refresh();
            waitForQuestion(driver, 1);
            form = current(driver);
            assertThat(form.findElement(By.name("incomingPort")).getAttribute("value")).as("typed settings survive a reload").isEqualTo("995");
            assertThat(form.findElement(By.name("leaveOnServer")).isSelected()).isTrue();
            assertThat(form.findElement(By.cssSelector("input[name=incomingType][value=pop3]")).isSelected()).isTrue();

            form.findElement(By.name("outgoingServer")).sendKeys(Keys.ENTER);
            WebElement feedback = feedback(driver);
            assertThat(feedback.getText()).contains("✗ Not right.", "What happened when your settings were run",
                    "POP3 keeps no read or unread state on the server");
            WebElement decisive = feedback.findElement(By.cssSelector(".wire-row.decisive"));
            assertThat(decisive.getText()).contains("laptop shows: Inbox, 2 messages, 2 unread", "◀ decisive line");
            Object inView = driver.executeScript("var box = arguments[0].closest('.run-lines').getBoundingClientRect();"
                    + " var r = arguments[0].getBoundingClientRect(); return r.top >= box.top && r.bottom <= box.bottom;", decisive);
            assertThat(inView).as("the exchange is scrolled to its decisive line").isEqualTo(true);
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", decisive);
            chromium.screenshot("quiz-configure");
        }
    }

    @Test
    void theKeysAreListedOnQuestionMark() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            ChromeDriver driver = chromium.driver;
            driver.get(base + STUDY);
            waitForQuestion(driver, 1);
            press(driver, "?");
            WebElement keys = waitVisible(driver, By.id("keys"));
            assertThat(keys.getText()).contains("pick (or untick) option 1 to 9", "check the answer, then next question", "flag the question");
            chromium.screenshot("quiz-keys");
            press(driver, Keys.ESCAPE);
            assertThat(driver.findElement(By.id("keys")).isDisplayed()).isFalse();
            Object overflow = driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).as("fits 1280 wide").isEqualTo(false);
        }
    }

    /** The question on show. */
    private static WebElement current(WebDriver driver) {
        return driver.findElement(By.cssSelector("form.question:not([hidden])"));
    }

    private static void waitForQuestion(WebDriver driver, int n) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(By.id("q" + n)));
    }

    private static WebElement feedback(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            WebElement box = current(d).findElement(By.cssSelector(".feedback"));
            return box.isDisplayed() ? box : null;
        });
    }

    private static WebElement waitVisible(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The number key of the option whose text starts with {@code text}, as the page shows it. */
    private static String key(WebElement question, String text) {
        return question.findElements(By.cssSelector("label.option")).stream()
                .filter(l -> l.findElement(By.cssSelector(".text")).getText().startsWith(text)).findFirst().orElseThrow()
                .findElement(By.cssSelector(".key")).getText();
    }

    private static List<String> itemTexts(WebElement question) {
        return question.findElements(By.cssSelector(".order-item .text")).stream().map(WebElement::getText).toList();
    }

    private static List<String> gridLabels(WebDriver driver) {
        return driver.findElements(By.cssSelector(".grid-button")).stream().map(b -> b.getAttribute("aria-label")).toList();
    }

    /** Puts the items in {@code order} with the keyboard only: row number, then ↑ until it is in place. */
    private static void sortByKeyboard(WebDriver driver, List<String> order) {
        for (int place = 0; place < order.size(); place++) {
            int at = itemTexts(current(driver)).indexOf(order.get(place));
            press(driver, String.valueOf(at + 1));
            for (int i = at; i > place; i--) press(driver, Keys.ARROW_UP);
        }
    }

    private static void press(WebDriver driver, CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }
}
