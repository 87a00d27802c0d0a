package org.mailsim.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

import org.junit.jupiter.api.Test;
import org.mailsim.net.ServicePort;
import org.mailsim.net.TlsFailureKind;
import org.mailsim.web.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real client (the JDK's SSLSocket, trusting only the public CAs) refuses the live server's
 * self-signed certificate; /live names the failure and explains it, in the words the player uses.
 */
class LiveTlsFailurePageTest {

    @Test
    void aRefusedCertificateIsNamedAndExplainedOnTheLivePage() throws Exception {
        try (LiveWebFixture fixture = new LiveWebFixture("dana", "Kx9-live-tls")) {
            SSLSocket socket = (SSLSocket) SSLContext.getDefault().getSocketFactory()
                    .createSocket("127.0.0.1", fixture.live.port(ServicePort.IMAPS));
            socket.setSoTimeout(10_000);
            assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLException.class);
            socket.close();

            String html = "";
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!html.contains("tls-failure-explained small\">") && System.nanoTime() < deadline) {
                Thread.sleep(100); // the server notes the close on its own thread
                html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fixture.base + "/live")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            }
            String text = html.replaceAll("<[^>]+>", "").replace("&#39;", "'").replace("&quot;", "\"")
                    .replace("&amp;", "&").replaceAll("\\s+", " ");
            assertThat(text).contains("closed: TLS handshake failed: certificate refused: the client refused the server's"
                    + " certificate with TLS alert certificate_unknown")
                    .contains(TlsFailureKind.CERTIFICATE_REFUSED.title() + ": " + TlsFailureKind.CERTIFICATE_REFUSED.explanation());
        }
    }

    @Test
    void anOpenPageExplainsTheFailureWhenTheCloseArrivesOverTheStream() throws Exception {
        try (LiveWebFixture fixture = new LiveWebFixture("erin", "Qm4-live-tls");
             HeadlessChromium chromium = HeadlessChromium.start(1400, 900)) {
            var driver = chromium.driver;
            driver.get(fixture.base + "/live");
            var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-status"), "Live"));
            driver.executeScript("window.stillTheSamePage = true;");

            SSLSocket socket = (SSLSocket) SSLContext.getDefault().getSocketFactory()
                    .createSocket("127.0.0.1", fixture.live.port(ServicePort.IMAPS));
            socket.setSoTimeout(10_000);
            assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLException.class);
            socket.close();

            WebElement why = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tls-failure-explained")));
            assertThat(why.getText()).startsWith(TlsFailureKind.CERTIFICATE_REFUSED.title() + ": ").contains("RFC 8446 §6.2");
            assertThat(driver.executeScript("return window.stillTheSamePage === true")).as("no reload").isEqualTo(true);
            chromium.screenshot("live-tls-failure");
        }
    }
}
