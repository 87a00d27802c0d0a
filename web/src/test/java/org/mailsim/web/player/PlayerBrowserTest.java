package org.mailsim.web.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.HeadlessChromium;
import org.mailsim.web.StandInServer;
import org.mailsim.web.WebApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The player in real headless Chromium: keyboard stepping, explanations, the eavesdropper and presenter views. */
class PlayerBrowserTest {
    private static Javalin app;
    private static String base;

    @BeforeAll
    static void startApp() {
        app = WebApp.create(() -> StandInServer.INFO, new ScenarioLibrary(Optional.empty())).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stopApp() {
        app.stop();
    }

    @Test
    void keyboardStepsThroughAScenarioAndTheHighlightMoves() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            var driver = chromium.driver;
            driver.get(base + "/scenarios/imap-delete-vs-expunge/steps/3");
            List<String> newAtStep3 = texts(driver.findElements(By.cssSelector(".state tr.new, .state li.new")));
            assertThat(newAtStep3).isNotEmpty();
            chromium.screenshot("player-step-3");

            press(driver, Keys.ARROW_RIGHT);
            waitForUrl(driver, "/steps/4");
            List<String> changedAtStep4 = texts(driver.findElements(By.cssSelector(".state tr.changed, .state li.changed")));
            assertThat(changedAtStep4).isNotEmpty();
            assertThat(driver.findElements(By.cssSelector(".state tr.new"))).isEmpty();
            assertThat(driver.findElement(By.cssSelector(".state tr.changed")).getText()).contains("CHANGED");
            assertThat(driver.executeScript("var p = document.querySelector('.server-state h2').getBoundingClientRect();"
                    + " var r = document.querySelector('.server-state tr.changed').getBoundingClientRect();"
                    + " var bottom = document.querySelector('.server-state').getBoundingClientRect().bottom;"
                    + " return r.top >= p.bottom && r.top < bottom - 20;"))
                    .as("the mailbox panel scrolls this step's change into view").isEqualTo(true);
            assertThat(driver.findElements(By.cssSelector(".wire-row.now"))).isNotEmpty();
            assertThat(driver.getCurrentUrl()).endsWith("#step-4");
            chromium.screenshot("player-step-4");

            press(driver, Keys.ARROW_LEFT);
            waitForUrl(driver, "/steps/3");
            press(driver, Keys.END);
            waitForUrl(driver, "/steps/11");
            assertThat(driver.findElement(By.cssSelector(".state tr.removed, .state li.removed")).getText()).contains("REMOVED");
            press(driver, Keys.HOME);
            waitForUrl(driver, "/steps/1");
            press(driver, Keys.SPACE);
            waitForUrl(driver, "/steps/2");

            press(driver, "?");
            assertThat(driver.findElement(By.id("help")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("help")).getText()).contains("next step", "first / last step");
            chromium.screenshot("player-key-help");
        }
    }

    @Test
    void aFocusedLineOpensItsExplanation() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            var driver = chromium.driver;
            driver.get(base + "/scenarios/imap-starttls-vs-implicit-tls/steps/3");
            WebElement login = driver.findElements(By.cssSelector(".wire-row.now button.wire-line")).stream()
                    .filter(b -> b.getText().equals("a2 LOGIN alice alice")).findFirst().orElseThrow();
            assertThat(login.getAccessibleName()).isEqualTo("a2 LOGIN alice alice");
            assertThat(login.getAriaRole()).isEqualTo("button");
            login.sendKeys(Keys.ENTER);
            WebElement panel = new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("explain-panel")));
            assertThat(panel.getText()).contains("a2 LOGIN alice alice", "a2 — The tag", "LOGIN — ", "RFC 3501 §6.2.3");
            assertThat(driver.getCurrentUrl()).contains("/steps/3");
            chromium.screenshot("player-explain");
            press(driver, Keys.ESCAPE);
            assertThat(driver.findElement(By.id("explain-panel")).isDisplayed()).isFalse();
            assertThat(driver.switchTo().activeElement().getText()).as("focus returns to the line").isEqualTo("a2 LOGIN alice alice");
        }
    }

    @Test
    void aLineOfALiteralIsExplainedAsLiteralDataAndSpaceOpensItToo() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            var driver = chromium.driver;
            driver.get(base + "/scenarios/imap-phone-and-laptop/steps/2");
            WebElement subject = driver.findElements(By.cssSelector(".wire-row.now.literal-line button.wire-line")).stream()
                    .filter(b -> b.getText().equals("Subject: Lunch on Thursday?")).findFirst().orElseThrow();
            subject.sendKeys(Keys.SPACE);
            WebElement panel = new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("explain-panel")));
            assertThat(panel.getText()).contains("Subject: Lunch on Thursday?", "A line inside a literal", "RFC 3501 §4.3");
            assertThat(driver.getCurrentUrl()).as("Space explained the line instead of stepping").contains("/steps/2");
        }
    }

    @Test
    void eavesdropperSeesOnlyTlsRecordsAfterStarttls() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            var driver = chromium.driver;
            driver.get(base + "/scenarios/imap-starttls-vs-implicit-tls/steps/5");
            String endpoints = driver.findElement(By.cssSelector(".transcript")).getText();
            assertThat(endpoints).doesNotContain("TLS application data");
            driver.findElement(By.id("toggle-eavesdropper")).click();
            waitForUrl(driver, "view=eavesdropper");
            String sniffer = driver.findElement(By.cssSelector(".transcript")).getText();
            Object nowInView = driver.executeScript("var t = document.querySelector('.transcript').getBoundingClientRect();"
                    + " var r = document.querySelector('.wire-row.now').getBoundingClientRect(); return r.top >= t.top && r.top < t.bottom;");
            assertThat(nowInView).as("this step's first line is scrolled into the exchange's view").isEqualTo(true);
            assertThat(sniffer).contains("[TLS application data", "a2 LOGIN alice alice");
            assertThat(driver.findElements(By.cssSelector(".wire-row .lock"))).isEmpty();
            chromium.screenshot("player-eavesdropper");
        }
    }

    @Test
    void at1280x720TheFivePanelsFitTheWindowAndScrollInside() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            var driver = chromium.driver;
            driver.get(base + "/scenarios/imap-phone-and-laptop/steps/6");
            chromium.screenshot("player-1280x720");
            long viewport = (Long) driver.executeScript("return window.innerHeight");
            assertThat((Long) driver.executeScript("return document.documentElement.scrollHeight"))
                    .as("the page is no taller than the window (%d px): no page-level vertical scroll", viewport)
                    .isLessThanOrEqualTo(viewport);
            for (String panel : List.of(".action", ".wire", ".server-state", ".device-state", ".story")) {
                @SuppressWarnings("unchecked")
                List<Number> box = (List<Number>) driver.executeScript(
                        "var r = document.querySelector(arguments[0]).getBoundingClientRect(); return [r.top, r.bottom, r.height];", panel);
                assertThat(box.get(0).doubleValue()).as(panel + " top").isGreaterThanOrEqualTo(0);
                assertThat(box.get(1).doubleValue()).as(panel + " bottom").isLessThanOrEqualTo(viewport);
                assertThat(box.get(2).doubleValue()).as(panel + " height").isGreaterThanOrEqualTo(48);
            }
            assertThat(driver.executeScript("var t = document.querySelector('.transcript'); return t.scrollHeight > t.clientHeight"))
                    .as("the exchange is longer than its panel and scrolls inside it").isEqualTo(true);
        }
    }

    @Test
    void presenterModeIsChromelessAndLarge() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1920, 1080)) {
            var driver = chromium.driver;
            driver.get(base + "/scenarios/imap-phone-and-laptop/steps/4");
            press(driver, "p");
            waitForUrl(driver, "present");
            assertThat(driver.findElements(By.cssSelector(".site-header"))).isEmpty();
            String fontSize = driver.findElement(By.tagName("body")).getCssValue("font-size");
            assertThat(Double.parseDouble(fontSize.replace("px", ""))).isGreaterThanOrEqualTo(20);
            press(driver, Keys.ARROW_RIGHT);
            waitForUrl(driver, "/steps/5?present");
            chromium.screenshot("player-presenter-1080p");
            assertThat(driver.executeScript("return document.documentElement.scrollHeight <= window.innerHeight"))
                    .as("on a 1080p projector the page does not scroll either").isEqualTo(true);
        }
    }

    @Test
    void catalogFiltersAsYouTypeAndThePlayerFitsATablet() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(820, 1180)) {
            var driver = chromium.driver;
            driver.get(base + "/scenarios");
            int all = visibleRows(driver);
            driver.findElement(By.id("filter")).sendKeys("pop3");
            int pop3 = visibleRows(driver);
            assertThat(pop3).isPositive().isLessThan(all);
            assertThat(driver.findElement(By.id("filter-count")).getText()).contains("scenarios shown");
            chromium.screenshot("catalog-filtered");
            driver.get(base + "/scenarios/pop3-leave-on-server/steps/3");
            chromium.screenshot("player-tablet");
            Object overflow = driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).isEqualTo(false);
            assertThat(driver.executeScript("return getComputedStyle(document.querySelector('.player-grid')).gridTemplateAreas"))
                    .as("on a tablet the panels stack").asString().contains("\"wire wire\"", "\"devices devices\"");
        }
    }

    @Test
    void theHomePageFiltersItsCatalogAsYouTypeAndStartsTheNewcomersPath() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            var driver = chromium.driver;
            driver.get(base + "/");
            int all = visibleRows(driver);
            driver.findElement(By.id("filter")).sendKeys("N10-009 5.1");
            int troubleshooting = visibleRows(driver);
            assertThat(troubleshooting).isPositive().isLessThan(all);
            assertThat(driver.findElement(By.id("filter-count")).getText()).endsWith("of 20 scenarios shown");
            assertThat(driver.getCurrentUrl()).as("filtered in place, no page load").isEqualTo(base + "/");
            chromium.screenshot("home-filtered");
            driver.findElement(By.cssSelector(".start-path li:first-child a")).click();
            waitForUrl(driver, "/scenarios/imap-phone-and-laptop");
        }
    }

    private static int visibleRows(org.openqa.selenium.WebDriver driver) {
        return (int) driver.findElements(By.cssSelector(".scenario-row")).stream().filter(WebElement::isDisplayed).count();
    }

    private static void press(org.openqa.selenium.WebDriver driver, CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private static void waitForUrl(org.openqa.selenium.WebDriver driver, String part) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains(part));
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }
}
