package org.mailsim.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mailsim.web.RunningWebApp;
import org.mailsim.web.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages a student scrolls through, in real headless Chromium: the home page and the catalog
 * list each scenario once and fit a short scroll, the live server's details are on the first
 * screen, the filters narrow the list, and mailbox tables keep words whole at 1366 px.
 */
class HomeBrowserTest {
    /** "A short scroll": the home page at most this many times the window's height. */
    private static final int SCREENS = 4;

    @RegisterExtension
    static final RunningWebApp WEB = new RunningWebApp();

    @Test
    void theHomePageFitsAShortScrollWithTheLiveServerOnTheFirstScreen() throws Exception {
        for (int[] size : List.of(new int[] {1280, 720}, new int[] {1366, 768}, new int[] {1920, 1080})) {
            try (HeadlessChromium chromium = HeadlessChromium.start(size[0], size[1])) {
                ChromeDriver driver = chromium.driver;
                driver.get(WEB.base() + "/");
                chromium.screenshot("home-" + size[0] + "x" + size[1]);
                long window = (Long) driver.executeScript("return window.innerHeight");
                long page = (Long) driver.executeScript("return document.documentElement.scrollHeight");
                assertThat(page).as("the home page at %dx%d is %d px tall, window %d", size[0], size[1], page, window)
                        .isLessThanOrEqualTo(SCREENS * window);
                for (String id : List.of("live-heading", "accounts-heading", "cert-heading")) {
                    double top = ((Number) driver.executeScript("return document.getElementById(arguments[0]).getBoundingClientRect().top", id))
                            .doubleValue();
                    assertThat(top).as("%s at %dx%d is on the first screen or just below", id, size[0], size[1]).isLessThan(1.6 * window);
                }
                assertThat(((Number) driver.executeScript("return document.querySelector('.ports').getBoundingClientRect().top")).doubleValue())
                        .as("the ports table is on the first screen").isLessThan(window);
                assertEachScenarioLinkedOnce(driver);
            }
        }
    }

    @Test
    void theCatalogListsEachScenarioOnceAndItsFiltersNarrowIt() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1366, 768)) {
            ChromeDriver driver = chromium.driver;
            driver.get(WEB.base() + "/scenarios");
            assertEachScenarioLinkedOnce(driver);
            long page = (Long) driver.executeScript("return document.documentElement.scrollHeight");
            long window = (Long) driver.executeScript("return window.innerHeight");
            assertThat(page).as("the catalog is %d px tall", page).isLessThanOrEqualTo(SCREENS * window);
            assertThat(shown(driver)).isEqualTo(20);

            new Select(driver.findElement(By.id("filter-exam"))).selectByValue("SY0-701");
            int security = shown(driver);
            assertThat(security).isBetween(1, 19);
            List<String> objectives = driver.findElements(By.cssSelector("#filter-objective option")).stream()
                    .filter(WebElement::isEnabled).filter(o -> !"true".equals(o.getDomAttribute("hidden")) && o.getDomProperty("hidden").equals("false"))
                    .map(WebElement::getText).toList();
            assertThat(objectives).as("only the chosen exam's objectives are offered").allMatch(o -> o.equals("any") || o.startsWith("SY0-701 "));
            new Select(driver.findElement(By.id("filter-protocol"))).selectByValue("POP3");
            assertThat(shown(driver)).isBetween(1, security);
            assertThat(driver.findElement(By.id("filter-count")).getText()).isEqualTo(shown(driver) + " of 20 scenarios shown");
            chromium.screenshot("catalog-filtered-exam-protocol");
            new Select(driver.findElement(By.id("filter-level"))).selectByValue("advanced");
            driver.findElement(By.id("filter")).sendKeys("no such words anywhere");
            assertThat(shown(driver)).isZero();
            assertThat(driver.findElement(By.cssSelector(".no-match")).isDisplayed()).isTrue();
            assertThat(driver.getCurrentUrl()).as("filtered in place").isEqualTo(WEB.base() + "/scenarios");
        }
    }

    @Test
    void mailboxTablesAt1366KeepHeadersSizesAndFlagsWhole() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1366, 768)) {
            ChromeDriver driver = chromium.driver;
            for (String page : List.of("imap-delete-vs-expunge/steps/4", "imap-phone-and-laptop/steps/5", "port-25-relay-and-587-auth/steps/3")) {
                driver.get(WEB.base() + "/scenarios/" + page);
                @SuppressWarnings("unchecked")
                List<String> broken = (List<String>) driver.executeScript("""
                        var out = [];
                        document.querySelectorAll('.messages th, .messages td.num').forEach(function (c) {
                          var range = document.createRange(); range.selectNodeContents(c);
                          var lines = new Set(Array.from(range.getClientRects()).map(function (r) { return Math.round(r.top); }));
                          if (lines.size > 1) out.push('"' + c.textContent.trim() + '" on ' + lines.size + ' lines');
                        });
                        document.querySelectorAll('.messages td.flags code').forEach(function (code) {
                          var text = code.firstChild, at = 0;
                          code.textContent.split(' ').forEach(function (flag) {
                            var range = document.createRange(); range.setStart(text, at); range.setEnd(text, at + flag.length); at += flag.length + 1;
                            var lines = new Set(Array.from(range.getClientRects()).map(function (r) { return Math.round(r.top); }));
                            if (lines.size > 1) out.push('flag "' + flag + '" broken over ' + lines.size + ' lines');
                          });
                        });
                        return out;""");
                assertThat(broken).as(page).isEmpty();
                assertThat(driver.findElements(By.cssSelector(".messages td.flags"))).isNotEmpty();
            }
            chromium.screenshot("player-1366-mailbox");
        }
    }

    @Test
    void theGlossaryOpensAtTheTermItsAddressNames() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            ChromeDriver driver = chromium.driver;
            driver.get(WEB.base() + "/");
            driver.findElement(By.linkText("glossary")).click();
            driver.get(WEB.base() + "/glossary#uidvalidity");
            double top = ((Number) driver.executeScript("return document.getElementById('uidvalidity').getBoundingClientRect().top")).doubleValue();
            assertThat(top).as("the term is scrolled to the top of the window").isBetween(0.0, 40.0);
            assertThat(driver.findElement(By.cssSelector("dt:target + dd")).getText()).contains("forget the UIDs it cached");
            chromium.screenshot("glossary-uidvalidity");
        }
    }

    private static int shown(ChromeDriver driver) {
        return (int) driver.findElements(By.cssSelector(".scenario-row")).stream().filter(WebElement::isDisplayed).count();
    }

    private static void assertEachScenarioLinkedOnce(ChromeDriver driver) {
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) driver.executeScript("return Array.from(document.querySelectorAll('main a[href^=\"/scenarios/\"]'))"
                + ".filter(function (a) { return !a.closest('.start-path'); }).map(function (a) { return a.getAttribute('href'); });");
        assertThat(links).as("each scenario linked once").hasSize(20).doesNotHaveDuplicates();
    }
}
