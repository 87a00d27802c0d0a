package org.mailsim.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.mail.Folder;
import jakarta.mail.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailsim.live.CredentialMask;
import org.mailsim.web.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The live view in real headless Chromium while a real client (Angus Mail) talks to the live server. */
class LiveBrowserTest {
    private static final String PASSWORD = "c0rrect-h0rse";
    private static LiveWebFixture fixture;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        fixture = new LiveWebFixture("dave", PASSWORD);
        base = fixture.base;
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    @Test
    void aClientsLinesAppearWithoutAReloadAndRevealShowsThePassword() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1400, 900)) {
            var driver = chromium.driver;
            driver.get(base + "/live");
            waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-status"), "Live"));
            assertThat(driver.findElement(By.id("no-connections")).isDisplayed()).isTrue();
            driver.executeScript("window.stillTheSamePage = true;");
            chromium.screenshot("live-waiting");

            try (Store store = fixture.imapsWithLoginCommand()) {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_WRITE);

                WebElement login = waitFor(driver).until(d -> d.findElements(By.cssSelector(".connection button.wire-line")).stream()
                        .filter(a -> a.getText().matches("\\S+ LOGIN dave " + CredentialMask.HIDDEN)).findFirst().orElse(null));
                waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("connection-rows"), "dave"));
                assertThat(driver.executeScript("return window.stillTheSamePage === true")).as("no reload").isEqualTo(true);
                assertThat(driver.findElement(By.id("no-connections")).isDisplayed()).isFalse();
                assertThat(driver.findElement(By.id("connection-rows")).getText()).contains("imaps", "implicit TLS · TLS on", "open");
                assertThat(driver.findElement(By.id("live-transcript")).getText()).contains("[TLS handshake", "secret hidden");
                assertThat(exchangeHtml(driver)).doesNotContain(PASSWORD); // the set-up card lists the demo logins, on purpose
                chromium.screenshot("live-client-connected");

                // "explain this line" works on lines that arrived over the stream: the button submits a form the page held from the start
                assertThat(login.getAttribute("form")).isEqualTo("explain-imap-c");
                assertThat(driver.findElement(By.id("explain-imap-c")).getAttribute("action")).endsWith("/explain");
                login.click();
                WebElement panel = waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("explain-panel")));
                waitFor(driver).until(ExpectedConditions.textToBePresentInElement(panel, "RFC 3501 §6.2.3"));
                assertThat(panel.getText()).doesNotContain(PASSWORD);
                assertThat(driver.executeScript("return window.stillTheSamePage === true")).as("explained in the panel, not a new page").isEqualTo(true);
                chromium.screenshot("live-explain");
                driver.findElement(By.id("explain-close")).click();

                driver.findElement(By.id("toggle-reveal")).click();
                waitFor(driver).until(ExpectedConditions.urlContains("reveal=1"));
                assertThat(driver.findElement(By.id("live-transcript")).getText()).containsPattern("\\S+ LOGIN dave " + PASSWORD);
                assertThat(driver.findElement(By.cssSelector(".reveal-warning")).getText()).contains("Passwords are shown");
                assertThat(driver.findElement(By.id("toggle-reveal")).getText()).isEqualTo("Hide passwords");
                chromium.screenshot("live-revealed");
                inbox.close(false);
            }
            waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("connection-rows"), "closed"));
            driver.findElement(By.id("toggle-reveal")).click();
            waitFor(driver).until(d -> !d.getCurrentUrl().contains("reveal"));
            assertThat(exchangeHtml(driver)).doesNotContain(PASSWORD).contains("secret hidden");
        }
    }

    @Test
    void whenMailsimStopsThePageSaysSoAndKeepsTryingToReconnect() throws Exception {
        try (LiveWebFixture stopping = new LiveWebFixture("frank", "g00dbye-n0w");
             HeadlessChromium chromium = HeadlessChromium.start(1400, 900)) {
            var driver = chromium.driver;
            driver.get(stopping.base + "/live");
            waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-status"), "Live"));

            stopping.web.stop();
            waitFor(driver).until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-state", "stopped"));
            WebElement status = driver.findElement(By.id("live-status"));
            assertThat(status.getText()).isEqualTo("mailsim stopped: trying to reconnect…");
            assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
            chromium.screenshot("live-stopped");
        }
    }

    @Test
    void theSetupCardFitsAPhoneScreen() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(390, 844)) {
            var driver = chromium.driver;
            driver.get(base + "/live#setup");
            driver.findElement(By.cssSelector(".setup summary")).click();
            assertThat(driver.findElement(By.cssSelector(".setup details.client")).getText()).contains("Add Security Exception");
            Object overflow = driver.executeScript("var e = document.documentElement; return e.scrollWidth > e.clientWidth");
            assertThat(overflow).as("nothing wider than the phone's screen").isEqualTo(false);
            chromium.screenshot("live-setup-phone");
        }
    }

    /** The connection list and every exchange, markup and links included. */
    private static String exchangeHtml(WebDriver driver) {
        return driver.findElement(By.id("connection-rows")).getAttribute("outerHTML")
                + driver.findElement(By.id("live-transcript")).getAttribute("outerHTML");
    }

    private static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }
}
