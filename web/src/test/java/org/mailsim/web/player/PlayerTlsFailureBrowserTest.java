package org.mailsim.web.player;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mailsim.net.TlsFailureKind;
import org.mailsim.web.Axe;
import org.mailsim.web.HeadlessChromium;
import org.mailsim.web.RunningWebApp;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** In Chromium, the step's "Why the TLS handshake failed" box is on screen and accessible, in both player modes. */
class PlayerTlsFailureBrowserTest {
    @RegisterExtension
    static final RunningWebApp WEB = new RunningWebApp();

    @Test
    void theBoxIsVisibleAndPassesAxeInTheClassroomAndPresenterViews() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1366, 900)) {
            for (String query : new String[] {"", "?present"}) {
                chromium.driver.get(WEB.base() + "/scenarios/untrusted-certificate/steps/2" + query);
                WebElement box = chromium.driver.findElement(By.cssSelector(".tls-failures"));
                chromium.driver.executeScript("arguments[0].scrollIntoView()", box);
                assertThat(box.isDisplayed()).isTrue();
                assertThat(box.getText()).contains(TlsFailureKind.CERTIFICATE_REFUSED.title(),
                        TlsFailureKind.UNTRUSTED_CERTIFICATE.title(), "RFC 8446 §6.2");
                chromium.screenshot("player-tls-failure" + (query.isEmpty() ? "" : "-present"));
                Axe.assertNoViolations(chromium.driver, "untrusted-certificate step 2" + query);
            }
        }
    }
}
