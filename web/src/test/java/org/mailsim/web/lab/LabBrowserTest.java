package org.mailsim.web.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mailsim.web.HeadlessChromium;
import org.mailsim.web.RunningWebApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The lab console in real headless Chromium: typing, history, completion, the state panel, two panes, explanations, reset. */
class LabBrowserTest {
    @RegisterExtension
    static final RunningWebApp WEB = new RunningWebApp();

    @Test
    void typedCommandsAnswerAndTheStatePanelFollows() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 800)) {
            WebDriver driver = chromium.driver;
            open(driver);
            WebElement phone = driver.findElement(By.id("pane-phone"));
            assertThat(new Select(phone.findElement(By.cssSelector("select.service"))).getFirstSelectedOption().getText())
                    .isEqualTo("993 IMAPS (implicit TLS)");
            phone.findElement(By.cssSelector(".connect-form button[type=submit]")).click();
            waitForText(driver, By.cssSelector("#pane-phone .console"), "[TLS handshake: TLS 1.3");
            WebElement input = driver.findElement(By.id("input-phone"));
            assertThat(driver.switchTo().activeElement()).isEqualTo(input);

            input.sendKeys("a1 LOGIN alice alice", Keys.ENTER);
            waitForText(driver, By.cssSelector("#pane-phone .state"), "AUTHENTICATED");
            assertThat(phone.findElement(By.cssSelector(".console")).getText()).contains("a1 OK");
            assertThat(phone.findElement(By.cssSelector(".hint")).getText()).contains("a2 SELECT INBOX");

            input.sendKeys("a2 sel", Keys.TAB);
            assertThat(input.getAttribute("value")).isEqualTo("a2 SELECT ");
            input.sendKeys("INBOX", Keys.ENTER);
            waitForText(driver, By.cssSelector("#pane-phone .state"), "SELECTED");
            assertThat(phone.findElement(By.cssSelector(".knows")).getText()).contains("Selected INBOX: told of 4 messages");
            assertThat(input.getAttribute("value")).isEmpty();

            input.sendKeys(Keys.ARROW_UP);
            assertThat(input.getAttribute("value")).isEqualTo("a2 SELECT INBOX");
            input.sendKeys(Keys.ARROW_UP);
            assertThat(input.getAttribute("value")).isEqualTo("a1 LOGIN alice alice");
            input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
            assertThat(input.getAttribute("value")).isEmpty();

            input.sendKeys("a3 s", Keys.TAB);
            assertThat(input.getAttribute("value")).isEqualTo("a3 S");
            assertThat(phone.findElement(By.cssSelector(".hint")).getText()).contains("Valid now:", "SEARCH", "STORE");
            chromium.screenshot("lab-phone-selected");
        }
    }

    @Test
    void anExpungeOnThePhoneShowsOnTheLaptopAndInTheMailbox() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1440, 900)) {
            WebDriver driver = chromium.driver;
            open(driver);
            connect(driver, "laptop"); // IMAP on 143: STARTTLS typed by the student
            type(driver, "laptop", "a1 STARTTLS", "[TLS handshake");
            type(driver, "laptop", "a2 LOGIN alice alice", "a2 OK");
            type(driver, "laptop", "a3 SELECT INBOX", "a3 OK");
            type(driver, "laptop", "a4 IDLE", "+ idling");
            connect(driver, "phone");
            type(driver, "phone", "a1 LOGIN alice alice", "a1 OK");
            type(driver, "phone", "a2 SELECT INBOX", "a2 OK");
            type(driver, "phone", "a3 STORE 2 +FLAGS (\\Deleted)", "a3 OK");
            assertThat(driver.findElement(By.cssSelector("#lab-mailbox tr.changed")).getText()).contains("CHANGED", "\\Deleted");
            type(driver, "phone", "a4 EXPUNGE", "a4 OK");

            waitForText(driver, By.cssSelector("#pane-laptop .console"), "* 2 EXPUNGE");
            assertThat(driver.findElement(By.cssSelector("#pane-laptop .knows")).getText()).contains("told of 3 messages");
            assertThat(driver.findElement(By.cssSelector("#lab-mailbox tr.removed")).getText()).contains("REMOVED");
            WebElement exercise = driver.findElement(By.cssSelector("[data-exercise=imap-other-device]"));
            assertThat(exercise.getAttribute("class")).contains("done");
            assertThat(exercise.getText()).startsWith("✓");
            assertThat(driver.findElement(By.cssSelector("[data-exercise=imap-starttls-login]")).getAttribute("class")).contains("done");
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.activeElement.blur(); window.scrollTo(0, 0)");
            chromium.screenshot("lab-two-devices");
        }
    }

    @Test
    void aConsoleLineOpensItsExplanationAndResetStartsAfresh() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 800)) {
            WebDriver driver = chromium.driver;
            open(driver);
            connect(driver, "phone");
            type(driver, "phone", "a1 LOGIN alice alice", "a1 OK");
            // The line the console drew is the player's button, submitting the lab page's form for IMAP client lines.
            WebElement login = driver.findElements(By.cssSelector("#pane-phone button.wire-line")).stream()
                    .filter(b -> b.getText().equals("a1 LOGIN alice alice")).findFirst().orElseThrow();
            assertThat(login.getAttribute("form")).isEqualTo("explain-imap-c");
            assertThat(login.getAttribute("value")).isEqualTo("a1 LOGIN alice alice");
            login.sendKeys(Keys.ENTER);
            WebElement panel = new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("explain-panel")));
            assertThat(panel.getText()).contains("a1 LOGIN alice alice", "RFC 3501 §6.2.3");
            chromium.screenshot("lab-explain");
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ESCAPE).perform();
            assertThat(driver.findElement(By.id("explain-panel")).isDisplayed()).isFalse();
            assertThat(driver.switchTo().activeElement()).as("focus back on the line").isEqualTo(login);
            assertThat(driver.getCurrentUrl()).endsWith("/lab"); // explained beside the console, the session still open

            driver.findElement(By.id("lab-reset")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector("#pane-phone .console")).getText().isEmpty());
            assertThat(driver.findElement(By.cssSelector("#pane-phone .pane-connection")).getText()).isEqualTo("not connected");
            assertThat(driver.findElement(By.id("lab-status")).getText()).contains("Sandbox reset");
        }
    }

    @Test
    void theExercisesSitBesideTheConsolesAndCountWhatIsDone() throws Exception {
        for (int[] size : new int[][] {{1024, 768}, {1280, 720}, {1366, 768}, {1920, 1080}}) {
            try (HeadlessChromium chromium = HeadlessChromium.start(size[0], size[1])) {
                WebDriver driver = chromium.driver;
                open(driver);
                var js = (org.openqa.selenium.JavascriptExecutor) driver;
                java.util.Map<String, Number> box = boxes(js);
                String at = size[0] + "x" + size[1];
                assertThat(box.get("left").doubleValue()).as("at %s the exercises are right of the consoles", at)
                        .isGreaterThanOrEqualTo(box.get("consolesRight").doubleValue());
                assertThat(box.get("listTop").doubleValue()).as("at %s the exercises are beside the consoles, not below", at)
                        .isLessThan(box.get("consoleBottom").doubleValue());
                assertThat(box.get("listTop").doubleValue()).as("at %s the first exercise is on the first screen", at)
                        .isLessThan(box.get("window").doubleValue() - 40);
                assertThat(box.get("consoleTop").doubleValue()).as("at %s the consoles are on the first screen", at).isGreaterThanOrEqualTo(0);
                assertThat(box.get("consoleBottom").doubleValue()).as("at %s the consoles' bottoms are in the window", at)
                        .isLessThanOrEqualTo(box.get("window").doubleValue());
                assertThat(box.get("panelRight").doubleValue()).as("at %s the exercises are not cut at the right", at)
                        .isLessThanOrEqualTo(box.get("width").doubleValue());
                assertThat(box.get("panelBottom").doubleValue()).as("at %s the exercise list's panel ends in the window", at)
                        .isLessThanOrEqualTo(box.get("window").doubleValue());
                assertThat(box.get("pageWidth").doubleValue()).as("at %s no sideways scroll", at).isLessThanOrEqualTo(box.get("width").doubleValue());
                if (size[0] == 1024) chromium.screenshot("lab-exercises-beside-1024");
                assertThat(driver.findElement(By.id("exercises-done")).getText()).matches("0 of \\d+ done");
                if (size[0] == 1366) {
                    connect(driver, "phone");
                    type(driver, "phone", "a1 LOGIN alice alice", "a1 OK");
                    type(driver, "phone", "a2 SELECT INBOX", "a2 OK");
                    type(driver, "phone", "a3 SEARCH UNSEEN", "a3 OK");
                    waitForText(driver, By.id("exercises-done"), "1 of 10 done");
                    assertThat(driver.findElement(By.cssSelector("[data-exercise=imap-search-unseen]")).getText()).startsWith("✓");
                    chromium.screenshot("lab-exercises-beside-1366");
                    assertThat(js.executeScript("""
                            var li = document.querySelector('[data-exercise=imap-search-unseen]').getBoundingClientRect();
                            var panel = document.querySelector('.lab-exercises').getBoundingClientRect();
                            var heading = document.getElementById('exercises-heading').getBoundingClientRect();
                            return document.documentElement.scrollHeight <= window.innerHeight && heading.top >= panel.top - 1
                              && li.top >= heading.bottom && li.bottom <= panel.bottom && li.bottom <= window.innerHeight;"""))
                            .as("the count and the exercise just ticked are in view while typing; the page does not scroll").isEqualTo(true);
                }
            }
        }
    }

    @Test
    void onAPhoneTheExercisesGoBelowTheConsoles() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(390, 844)) {
            WebDriver driver = chromium.driver;
            open(driver);
            var js = (org.openqa.selenium.JavascriptExecutor) driver;
            java.util.Map<String, Number> box = boxes(js);
            assertThat(box.get("listTop").doubleValue()).as("below the consoles").isGreaterThanOrEqualTo(box.get("consoleBottom").doubleValue());
            assertThat(box.get("pageWidth").doubleValue()).as("no sideways scroll").isLessThanOrEqualTo(box.get("width").doubleValue());
            assertThat(box.get("panelRight").doubleValue()).isLessThanOrEqualTo(box.get("width").doubleValue());
        }
    }

    /** Where the exercise list, its panel and the two consoles lie in the window, in CSS pixels. */
    @SuppressWarnings("unchecked")
    private static java.util.Map<String, Number> boxes(org.openqa.selenium.JavascriptExecutor js) {
        return (java.util.Map<String, Number>) js.executeScript("""
                var list = document.querySelector('.exercises').getBoundingClientRect();
                var panel = document.querySelector('.lab-exercises').getBoundingClientRect();
                var heading = document.getElementById('exercises-heading').getBoundingClientRect();
                var consoles = Array.from(document.querySelectorAll('.console')).map(function (c) { return c.getBoundingClientRect(); });
                return {top: heading.top, listTop: list.top, left: list.left, window: window.innerHeight, width: window.innerWidth,
                        pageWidth: document.documentElement.scrollWidth, panelRight: panel.right, panelBottom: panel.bottom,
                        consolesRight: Math.max.apply(null, consoles.map(function (c) { return c.right; })),
                        consoleTop: Math.min.apply(null, consoles.map(function (c) { return c.top; })),
                        consoleBottom: Math.max.apply(null, consoles.map(function (c) { return c.bottom; }))};""");
    }

    private static void open(WebDriver driver) {
        driver.get(WEB.base() + "/lab");
        waitForText(driver, By.id("lab-status"), "Your sandbox is ready.");
    }

    private static void connect(WebDriver driver, String pane) {
        driver.findElement(By.cssSelector("#pane-" + pane + " .connect-form button[type=submit]")).click();
        waitForText(driver, By.cssSelector("#pane-" + pane + " .pane-connection"), "port");
    }

    /** Types a line into a pane's console and waits until {@code expected} shows in that pane. */
    private static void type(WebDriver driver, String pane, String line, String expected) {
        driver.findElement(By.id("input-" + pane)).sendKeys(line, Keys.ENTER);
        waitForText(driver, By.cssSelector("#pane-" + pane + " .console"), expected);
    }

    private static void waitForText(WebDriver driver, By where, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }
}
