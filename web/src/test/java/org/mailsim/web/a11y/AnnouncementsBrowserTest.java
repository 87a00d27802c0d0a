package org.mailsim.web.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mailsim.web.HeadlessChromium;
import org.mailsim.web.RunningWebApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a screen reader is told: at each step the player fills a polite status region with this step's
 * lines and the mailbox and device changes (not earlier lines, not the whole page); the lab's console
 * is a polite log, so the server's answer is read out as it arrives.
 */
class AnnouncementsBrowserTest {
    @RegisterExtension
    static final RunningWebApp WEB = new RunningWebApp();

    @Test
    void eachStepSaysItsNewLinesAndTheMailboxChangeOnly() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            WebDriver driver = chromium.driver;
            driver.get(WEB.base() + "/scenarios/imap-delete-vs-expunge/steps/4");
            WebElement news = driver.findElement(By.id("step-news"));
            assertThat(news.getAttribute("role")).isEqualTo("status");
            assertThat(news.getAttribute("aria-live")).isEqualTo("polite");
            String said = spoken(driver);
            assertThat(said).startsWith("Step 4 of 11. On the wire: ");
            List<String> now = texts(driver, ".wire-row.now .wire-line");
            assertThat(now).isNotEmpty();
            assertThat(said).contains(now.subList(0, Math.min(now.size(), 8)));
            for (String earlier : texts(driver, ".wire-row.earlier .wire-line")) {
                if (earlier.length() > 12 && !now.contains(earlier)) assertThat(said).as("an earlier step's line is not said again").doesNotContain(earlier);
            }
            String changed = driver.findElement(By.cssSelector(".server-state tr.changed")).getText();
            assertThat(changed).contains("\\Deleted");
            assertThat(said).contains("Mailbox: changed: UID ", "\\Deleted");
            assertThat(said.length()).as("a summary, not the page").isLessThan(driver.findElement(By.tagName("main")).getText().length() / 2);

            new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/steps/5"));
            List<String> next = texts(driver, ".wire-row.now .wire-line");
            assertThat(spoken(driver)).startsWith("Step 5 of 11.")
                    .contains(next.isEmpty() ? "Nothing on the wire in this step." : "On the wire: " + driver.findElement(By.cssSelector(".wire-row.now .prefix"))
                            .getAttribute("textContent") + " " + next.get(0));
        }
    }

    @Test
    void theLabConsoleIsAPoliteLogSoTheServersAnswerIsRead() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 800)) {
            WebDriver driver = chromium.driver;
            driver.get(WEB.base() + "/lab");
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("lab-status"), "ready"));
            driver.findElement(By.cssSelector("#pane-phone .connect-form button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#pane-phone .console"), "TLS"));
            driver.findElement(By.id("input-phone")).sendKeys("a1 LOGIN alice alice", Keys.ENTER);
            WebElement answer = new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector("#pane-phone .wire-row.server"))
                    .stream().filter(r -> r.getText().contains("a1 OK")).findFirst().orElse(null));
            WebElement region = answer.findElement(By.xpath("ancestor::*[@aria-live][1]"));
            assertThat(region.getAttribute("aria-live")).isEqualTo("polite");
            assertThat(region.getAttribute("role")).isEqualTo("log");
            assertThat(region.findElement(By.cssSelector("ol.console")).getAttribute("aria-label")).isEqualTo("Phone console");
        }
    }

    /** The status region once the page has filled it. */
    private static String spoken(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
            String text = d.findElement(By.id("step-news")).getAttribute("textContent");
            return text.isEmpty() ? null : text;
        });
    }

    private static List<String> texts(WebDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("textContent")).toList();
    }
}
