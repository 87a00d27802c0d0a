package org.mailsim.web.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mailsim.web.RunningWebApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailsim.web.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Presenter mode ({@code ?present}) on the four projector sizes a classroom meets, in real headless
 * Chromium: every panel's heading and this step's first wire line inside the window, no panel that
 * hides part of its text, the panels in the design's order, and the presenter's keys.
 */
class PresenterBrowserTest {
    /** Steps with the most to show: many wire lines, two accounts' mailboxes, several devices. */
    private static final List<String> PAGES = List.of(
            "imap-phone-and-laptop/steps/5", "port-25-relay-and-587-auth/steps/3", "imap-delete-vs-expunge/steps/11",
            "pop3-two-devices-in-use/steps/4", "imap-server-folders-search/steps/6", "starttls-stripping/steps/4");

    /** In the window, a panel and its text; returns what is wrong, or nothing. */
    private static final String CHECK = """
            var out = [], W = window.innerWidth, H = window.innerHeight;
            if (document.querySelectorAll('.player-grid .panel').length !== 5) return ['not a player page: ' + document.title];
            if (document.documentElement.scrollHeight > H || document.documentElement.scrollWidth > W) out.push('the page scrolls');
            document.querySelectorAll('.player-grid .panel').forEach(function (p) {
              if (p.offsetParent === null) return; // hidden: the wire or the mailbox alone (w / m)
              var h = p.querySelector('h2').getBoundingClientRect(), name = p.querySelector('h2').textContent.trim();
              if (h.top < 0 || h.bottom > H || h.left < 0 || h.right > W) out.push(name + ': heading outside the window ' + JSON.stringify(h));
              if (p.scrollHeight > p.clientHeight + 1 || p.scrollWidth > p.clientWidth + 1)
                out.push(name + ': clips its text (' + p.scrollWidth + 'x' + p.scrollHeight + ' in ' + p.clientWidth + 'x' + p.clientHeight + ')');
              var hit = document.elementFromPoint((h.left + h.right) / 2, (h.top + h.bottom) / 2);
              if (!hit || !p.querySelector('h2').contains(hit)) out.push(name + ': heading covered by ' + (hit && hit.outerHTML.slice(0, 60)));
            });
            var now = document.querySelector('.wire-row.now'), t = document.querySelector('.transcript');
            if (now) {
              var r = now.getBoundingClientRect(), tr = t.getBoundingClientRect();
              if (r.top < tr.top || r.top + 16 > tr.bottom || r.bottom > H) out.push('current wire line not in view ' + JSON.stringify(r));
            }
            return out;""";

    @RegisterExtension
    static final RunningWebApp WEB = new RunningWebApp();

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 768", "1280, 720", "1366, 768", "1920, 1080"})
    void everyPanelAndTheCurrentWireLineAreInsideTheWindow(int width, int height) throws Exception {
        List<String> problems = new ArrayList<>();
        try (HeadlessChromium chromium = HeadlessChromium.start(width, height)) {
            ChromeDriver driver = chromium.driver;
            for (String page : PAGES) {
                driver.get(WEB.base() + "/scenarios/" + page + "?present");
                problems.addAll(problems(driver, page));
                chromium.screenshot("presenter-" + width + "x" + height + "-" + page.replace('/', '-'));
            }
            driver.get(WEB.base() + "/scenarios/" + PAGES.get(0) + "?present");
            chromium.screenshot("presenter-" + width + "x" + height);
            problems.addAll(problems(driver, "controls").isEmpty() ? controlsInOneRow(driver) : List.of());
        }
        assertThat(problems).as("at %dx%d in presenter mode", width, height).isEmpty();
    }

    @ParameterizedTest(name = "{0}x{1} at {2}%")
    @CsvSource({"1280, 720, 125", "1920, 1080, 150"})
    void ctrlPlusEnlargesTheTypeAndThePanelsStillFit(int width, int height, int percent) throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(width, height)) {
            ChromeDriver driver = chromium.driver;
            String page = "imap-phone-and-laptop/steps/5";
            driver.get(WEB.base() + "/scenarios/" + page + "?present");
            double before = headingPixels(driver);
            // The browser's zoom: the same screen seen as a window of fewer CSS pixels, each of them larger.
            double zoom = percent / 100.0;
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", (int) (width / zoom),
                    "height", (int) (height / zoom), "deviceScaleFactor", zoom, "mobile", false));
            driver.get(WEB.base() + "/scenarios/" + page + "?present");
            chromium.screenshot("presenter-" + width + "x" + height + "-zoom-" + percent);
            assertThat(headingPixels(driver)).as("headings in device pixels grow with the zoom").isGreaterThan(before * (zoom - 0.05));
            assertThat(problems(driver, page)).as("at %d%% zoom", percent).isEmpty();
        }
    }

    @Test
    void panelsReadInTheDesignsOrderLeftToRightTopToBottom() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1366, 768)) {
            ChromeDriver driver = chromium.driver;
            driver.get(WEB.base() + "/scenarios/imap-phone-and-laptop/steps/5?present");
            @SuppressWarnings("unchecked")
            List<String> order = (List<String>) driver.executeScript("""
                    var ps = Array.from(document.querySelectorAll('.player-grid .panel')).map(function (p) {
                      var r = p.getBoundingClientRect(); return {top: Math.round(r.top), left: r.left, n: p.querySelector('h2').textContent.trim()[0]};
                    });
                    ps.sort(function (a, b) { return a.top - b.top || a.left - b.left; });
                    return ps.map(function (p) { return p.n; });""");
            assertThat(order).containsExactly("1", "2", "3", "4", "5");
        }
    }

    @Test
    void studentsDoNotSeeTheScenariosSelfChecksAuthorsDo() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            ChromeDriver driver = chromium.driver;
            driver.get(WEB.base() + "/scenarios/imap-phone-and-laptop/steps/5?present");
            assertThat(driver.findElement(By.cssSelector(".story")).getText()).doesNotContain("held:");
            driver.get(WEB.base() + "/scenarios/imap-phone-and-laptop/steps/5");
            assertThat(driver.findElement(By.cssSelector(".story")).getText()).doesNotContain("held:");
            driver.findElement(By.id("toggle-author")).click();
            waitForUrl(driver, "?author");
            assertThat(driver.findElement(By.cssSelector(".story .results")).getText()).contains("✓ held:");
            driver.findElement(By.cssSelector("a[rel=next]")).click();
            waitForUrl(driver, "/steps/6?author");
        }
    }

    @Test
    void presentersKeysStepBlackOutAndFocusOnOnePanel() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1024, 768)) {
            ChromeDriver driver = chromium.driver;
            driver.get(WEB.base() + "/scenarios/imap-phone-and-laptop/steps/4?present");
            press(driver, Keys.PAGE_DOWN);
            waitForUrl(driver, "/steps/5?present");
            press(driver, Keys.PAGE_UP);
            waitForUrl(driver, "/steps/4?present");

            press(driver, "b");
            assertThat(driver.findElement(By.id("blackout")).isDisplayed()).isTrue();
            chromium.screenshot("presenter-black");
            press(driver, Keys.PAGE_DOWN);
            assertThat(driver.findElement(By.id("blackout")).isDisplayed()).as("any key brings the step back").isFalse();
            assertThat(driver.getCurrentUrl()).as("...and does nothing else").contains("/steps/4?present");

            press(driver, "w");
            assertThat(displayed(driver)).containsExactly("wire");
            assertThat(problems(driver, "wire alone")).isEmpty();
            chromium.screenshot("presenter-wire-alone");
            press(driver, Keys.PAGE_DOWN);
            waitForUrl(driver, "/steps/5?present");
            assertThat(displayed(driver)).as("the focus stays from step to step").containsExactly("wire");
            press(driver, "m");
            assertThat(displayed(driver)).containsExactly("server-state");
            chromium.screenshot("presenter-mailbox-alone");
            press(driver, Keys.ESCAPE);
            assertThat(displayed(driver)).hasSize(5);

            press(driver, "?");
            assertThat(driver.findElement(By.id("help")).getText()).contains("black screen", "PgDn", "the wire alone");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(WebDriver driver, String page) {
        return ((List<String>) ((ChromeDriver) driver).executeScript(CHECK)).stream().map(p -> page + ": " + p).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> controlsInOneRow(ChromeDriver driver) {
        Object oneRow = driver.executeScript("""
                var rs = Array.from(document.querySelectorAll('.player-top .button')).filter(function (b) { return b.offsetParent; })
                  .map(function (b) { return b.getBoundingClientRect(); });
                return Math.max.apply(null, rs.map(function (r) { return r.top; })) < Math.min.apply(null, rs.map(function (r) { return r.bottom; }));""");
        return Boolean.TRUE.equals(oneRow) ? List.of() : List.of("the controls take more than one row");
    }

    private static double headingPixels(ChromeDriver driver) {
        return ((Number) driver.executeScript("return parseFloat(getComputedStyle(document.querySelector('#wire-heading')).fontSize)"
                + " * window.devicePixelRatio")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> displayed(ChromeDriver driver) {
        return (List<String>) driver.executeScript("return Array.from(document.querySelectorAll('.player-grid .panel'))"
                + ".filter(function (p) { return p.offsetParent; }).map(function (p) { return p.classList[p.classList.length - 1]; });");
    }

    private static void press(WebDriver driver, CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private static void waitForUrl(WebDriver driver, String part) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains(part));
    }
}
