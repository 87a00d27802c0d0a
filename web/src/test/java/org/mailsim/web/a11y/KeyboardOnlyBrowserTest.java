package org.mailsim.web.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mailsim.web.Axe;
import org.mailsim.web.HeadlessChromium;
import org.mailsim.web.RunningWebApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A student without a mouse: one scenario from the home page to its last step with a line explained,
 * one quiz question answered and its feedback read, one lab exercise typed to done. Only Tab, Enter,
 * Space, arrows and typing; no click. Every focus stop must show a ring (Keyboard.assertFocusRing).
 */
class KeyboardOnlyBrowserTest {
    @RegisterExtension
    static final RunningWebApp WEB = new RunningWebApp();

    @Test
    void aScenarioFromTheHomePageToItsLastStepWithALineExplained() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            WebDriver driver = chromium.driver;
            Keyboard keys = new Keyboard(driver);
            driver.get(WEB.base() + "/");
            WebElement skip = keys.tabTo("the skip link", e -> e.getText().equals("Skip to content"), 1);
            assertThat(skip.isDisplayed()).isTrue();
            keys.tabTo("the first scenario of the start path", e -> e.getAttribute("href") != null
                    && e.getAttribute("href").contains("/scenarios/imap-phone-and-laptop"), 60);
            keys.press(Keys.ENTER);
            waitForUrl(driver, "/scenarios/imap-phone-and-laptop#step-1");

            keys.press(Keys.ARROW_RIGHT);
            waitForUrl(driver, "/steps/2");
            WebElement subject = keys.tabTo("one of this step's lines", e -> e.getText().equals("Subject: Lunch on Thursday?")
                    && e.findElement(By.xpath("..")).getAttribute("class").contains("now"), 150);
            keys.press(Keys.ENTER);
            WebElement panel = new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("explain-panel")));
            assertThat(panel.getText()).contains("Subject: Lunch on Thursday?", "RFC 3501 §4.3");
            assertThat(keys.focused().getAttribute("id")).as("focus moves to the explanation").isEqualTo("explain-title");
            Axe.assertNoViolations(driver, "player, explanation opened from the keyboard");
            keys.tabTo("the explanation's Close button", e -> "explain-close".equals(e.getAttribute("id")), 30);
            keys.press(Keys.ENTER);
            assertThat(panel.isDisplayed()).isFalse();
            assertThat(keys.focused()).as("focus goes back to the line").isEqualTo(subject);
            keys.assertFocusRing();

            int steps = Integer.parseInt(driver.findElement(By.id("main")).getAttribute("data-steps"));
            for (int step = 3; step <= steps; step++) {
                keys.press(Keys.ARROW_RIGHT);
                waitForUrl(driver, "/steps/" + step + "#");
            }
            assertThat(driver.findElement(By.cssSelector(".controls a[rel=next]")).getText())
                    .as("the last step: Next leads on in the course").isEqualTo("Next: practise it in the lab ▶");
        }
    }

    @Test
    void aQuizQuestionAnsweredAndItsFeedbackReadFromTheKeyboard() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            WebDriver driver = chromium.driver;
            Keyboard keys = new Keyboard(driver);
            driver.get(WEB.base() + "/quiz/take?ids=ivp-pop3-delete-myth&mode=study"); // a single-choice question of the bank
            WebElement question = new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.question:not([hidden])")));
            WebElement option = keys.tabTo("the first answer", e -> "pick".equals(e.getAttribute("name")), 40);
            keys.press(Keys.SPACE);
            assertThat(option.isSelected()).isTrue();
            keys.tabTo("the Check button", e -> e.getAttribute("class") != null && e.getAttribute("class").contains("check"), 40);
            keys.press(Keys.ENTER);
            WebElement feedback = new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> question.findElement(By.cssSelector(".feedback")).isDisplayed() ? question.findElement(By.cssSelector(".feedback")) : null);
            assertThat(keys.focused()).as("the feedback takes focus, so a screen reader reads it").isEqualTo(feedback);
            assertThat(feedback.getAttribute("aria-label")).startsWith("Feedback on question 1");
            assertThat(feedback.getText()).containsPattern("Right\\.|Not right\\.");
            keys.assertFocusRing();
            Axe.assertNoViolations(driver, "quiz, feedback read from the keyboard");
        }
    }

    @Test
    void aLabExerciseTypedToDone() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 800)) {
            WebDriver driver = chromium.driver;
            Keyboard keys = new Keyboard(driver);
            driver.get(WEB.base() + "/lab");
            waitForText(driver, By.id("lab-status"), "Your sandbox is ready.");
            keys.tabTo("the phone's Connect button", e -> e.getText().equals("Connect")
                    && e.findElement(By.xpath("ancestor::section")).getAttribute("id").equals("pane-phone"), 40);
            keys.press(Keys.ENTER);
            waitForText(driver, By.cssSelector("#pane-phone .console"), "[TLS handshake");
            assertThat(keys.focused().getAttribute("id")).as("connecting puts the cursor in the console").isEqualTo("input-phone");
            keys.assertFocusRing();
            for (String[] line : new String[][] {{"a1 LOGIN alice alice", "a1 OK"}, {"a2 SELECT INBOX", "a2 OK"}, {"a3 SEARCH UNSEEN", "a3 OK"}}) {
                keys.press(line[0], Keys.ENTER);
                waitForText(driver, By.cssSelector("#pane-phone .console"), line[1]);
            }
            WebElement exercise = driver.findElement(By.cssSelector("[data-exercise=imap-search-unseen]"));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> exercise.getAttribute("class").contains("done"));
            waitForText(driver, By.id("lab-status"), "Exercise done: Find unread mail with SEARCH");
            Axe.assertNoViolations(driver, "lab, an exercise done from the keyboard");
        }
    }

    private static void waitForUrl(WebDriver driver, String part) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
    }

    private static void waitForText(WebDriver driver, By where, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }
}
