package org.mailsim.web.rfc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Citations as links in real headless Chromium: one in the quiz's feedback and one in the player's
 * explain panel each lead to mailsim's own page of the RFC, where the cited section is highlighted,
 * and that page loads nothing from anywhere but mailsim.
 */
class RfcBrowserTest {
    private static Javalin app;
    private static String base;

    @BeforeAll
    static void startApp() {
        app = WebApp.create(WebApp.Parts.of(() -> StandInServer.INFO).withScenarios(new ScenarioLibrary(Optional.empty()))
                .withQuestions(Optional.of(Path.of("src/test/resources/quiz-fixtures")))).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stopApp() {
        app.stop();
    }

    @Test
    void aCitationInTheQuizFeedbackLinksToItsSectionHighlightedOnTheOfflinePage() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            ChromeDriver driver = chromium.driver;
            driver.get(base + "/quiz/take?ids=fixture-single&mode=study");
            WebElement question = driver.findElement(By.cssSelector("form.question:not([hidden])"));
            String key = question.findElements(By.cssSelector("label.option")).stream()
                    .filter(l -> l.findElement(By.cssSelector(".text")).getText().startsWith("IMAP")).findFirst().orElseThrow()
                    .findElement(By.cssSelector(".key")).getText();
            new Actions(driver).sendKeys(key).perform();
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            WebElement feedback = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
                WebElement box = d.findElement(By.cssSelector("form.question:not([hidden]) .feedback"));
                return box.isDisplayed() ? box : null;
            });
            WebElement cite = feedback.findElement(By.cssSelector("a.rfc-cite"));
            assertThat(cite.getText()).isEqualTo("RFC 3501 §2.1");
            assertThat(cite.getAttribute("href")).isEqualTo(base + "/rfc/3501?s=2.1#section-2.1");
            assertThat(cite.getAttribute("title")).isEqualTo("RFC 3501 §2.1 Link Level");
            chromium.screenshot("rfc-quiz-feedback");
            cite.click();
            expectHighlightedOffline(driver, "2.1", "Link Level");
            chromium.screenshot("rfc-page-3501");
        }
    }

    @Test
    void aCitationInThePlayersExplainPanelLinksToItsSectionHighlightedOnTheOfflinePage() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            WebDriver driver = chromium.driver;
            driver.get(base + "/scenarios/imap-starttls-vs-implicit-tls/steps/3");
            assertThat(driver.findElements(By.cssSelector(".exam-point a.rfc-cite, .narration a.rfc-cite")))
                    .as("the step's exam point cites RFC 3501 and links it").isNotEmpty();
            WebElement login = driver.findElements(By.cssSelector(".wire-row.now button.wire-line")).stream()
                    .filter(b -> b.getText().equals("a2 LOGIN alice alice")).findFirst().orElseThrow();
            login.sendKeys(Keys.ENTER);
            WebElement panel = new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("explain-panel")));
            WebElement cite = panel.findElements(By.cssSelector("a.rfc-cite")).stream()
                    .filter(a -> a.getText().equals("RFC 3501 §6.2.3")).findFirst().orElseThrow();
            assertThat(cite.getAttribute("href")).isEqualTo(base + "/rfc/3501?s=6.2.3#section-6.2.3");
            assertThat(cite.getAttribute("title")).isEqualTo("RFC 3501 §6.2.3 LOGIN Command");
            chromium.screenshot("rfc-player-explain");
            cite.click();
            expectHighlightedOffline(driver, "6.2.3", "LOGIN Command");
        }
    }

    /** On /rfc/3501: the cited section is the one marked and in view, and every request the page made went to mailsim. */
    private static void expectHighlightedOffline(WebDriver driver, String section, String title) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/rfc/3501?s=" + section));
        WebElement li = driver.findElement(By.id("section-" + section));
        assertThat(li.getAttribute("class")).contains("cited");
        assertThat(li.getText()).contains("§" + section, title);
        assertThat(li.getCssValue("background-color")).isEqualTo("rgba(255, 244, 204, 1)");
        assertThat(driver.findElements(By.cssSelector(".rfc-section.cited"))).hasSize(1);
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        assertThat(js.executeScript("var r = document.getElementById('section-" + section + "').getBoundingClientRect();"
                + " return r.top >= 0 && r.top < window.innerHeight;")).as("the cited section is scrolled into view").isEqualTo(true);
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) js.executeScript(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).map(e => e.name);");
        assertThat(requested).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(base + "/"));
        assertThat(driver.findElement(By.cssSelector("a.external")).getAttribute("href")).isEqualTo("https://www.rfc-editor.org/rfc/rfc3501");
    }
}
