package org.mailsim.web.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailsim.net.ServicePort;
import org.mailsim.web.Axe;
import org.mailsim.web.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The instructor's cards and a student's setup page in real headless Chromium, against
 * {@code serve --listen 0.0.0.0 --hostname 192.168.1.20 --accounts 3} (the pages are read on
 * loopback; nothing connects to 192.168.1.20).
 */
class SetupBrowserTest {
    private static ClassroomServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new ClassroomServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theCardsShowEachAccountWithALoadedQrCodeAndPrintTwoToARowWithoutTheSiteHeader() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1200, 900)) {
            var driver = chromium.driver;
            driver.get(server.base + "/setup/accounts");
            List<WebElement> cards = driver.findElements(By.cssSelector("#cards .card"));
            assertThat(cards).hasSize(3);
            String password = server.live.store().account("student02").orElseThrow().password();
            WebElement second = driver.findElement(By.id("card-student02"));
            assertThat(second.getText()).contains("student02@mailsim.test", password,
                    "http://192.168.1.20:" + server.web.port() + "/setup/student02");
            for (WebElement img : driver.findElements(By.cssSelector("#cards img"))) {
                assertThat((Long) driver.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", img))
                        .as("QR code loaded").isGreaterThan(200L);
            }
            chromium.screenshot("setup-cards");

            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(driver.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector(".no-print")).isDisplayed()).isFalse();
            int firstTop = cards.get(0).getRect().getY();
            assertThat(cards.get(1).getRect().getY()).as("two cards a row").isEqualTo(firstTop);
            assertThat(cards.get(2).getRect().getY()).as("third card on the next row").isGreaterThan(firstTop);
            chromium.screenshot("setup-cards-print");
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            driver.get(server.base + "/setup/student01");
            Axe.assertNoViolations(driver, "a student's setup page at desktop width"); // the phone width is checked below
        }
    }

    @Test
    void theSetupPageAStudentOpensGivesTheProfileTheSettingsAndTheCertificateButNoPassword() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(420, 900)) { // phone-sized
            var driver = chromium.driver;
            driver.get(server.base + "/setup/student03");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Set up student03@mailsim.test on this device");
            assertThat(driver.findElement(By.id("incoming")).getText()).isEqualTo("192.168.1.20");
            assertThat(driver.findElement(By.id("incoming-port")).getText())
                    .startsWith(server.live.port(ServicePort.IMAPS) + " · SSL/TLS");
            assertThat(driver.findElement(By.id("outgoing")).getText()).isEqualTo("192.168.1.20");
            assertThat(driver.findElement(By.id("outgoing-port")).getText())
                    .startsWith(server.live.port(ServicePort.SUBMISSION) + " · STARTTLS");
            assertThat(driver.findElement(By.id("login")).getText()).isEqualTo("student03");
            assertThat(driver.findElement(By.id("fingerprint")).getText()).isEqualTo(server.live.certificate().fingerprintSha256());
            assertThat(driver.findElement(By.id("profile-link")).getAttribute("href")).endsWith("/setup/student03/mailsim.mobileconfig");
            assertThat(driver.findElement(By.id("der-link")).getAttribute("href")).endsWith("/certificate.der");
            assertThat(driver.findElement(By.id("pem-link")).getAttribute("href")).endsWith("/certificate.pem");
            String password = server.live.store().account("student03").orElseThrow().password();
            assertThat(driver.getPageSource()).doesNotContain(password);
            // The profile link really downloads a profile: fetched from the page, as the phone's browser would
            Object type = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('profile-link').href).then(r => done(r.headers.get('Content-Type')));");
            assertThat(type.toString()).startsWith("application/x-apple-aspen-config");
            chromium.screenshot("setup-device-phone");
            Object wide = driver.executeScript("return [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')");
            assertThat(wide).as("elements wider than a phone's screen").isEqualTo("");
        }
    }
}
