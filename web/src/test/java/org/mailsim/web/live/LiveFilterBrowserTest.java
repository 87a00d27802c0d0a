package org.mailsim.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.mailsim.live.LiveLimits;
import org.mailsim.live.LiveMonitor;
import org.mailsim.net.Security;
import org.mailsim.store.Account;
import org.mailsim.store.MailStore;
import org.mailsim.web.HeadlessChromium;
import org.mailsim.web.StandInServer;
import org.mailsim.web.WebApp;
import org.mailsim.wire.ConnectionTap;
import org.mailsim.wire.Direction;
import org.mailsim.wire.Wiretap;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A live page filtered to one account, in real Chromium, while two phones log in: only that account's appears. */
class LiveFilterBrowserTest {

    @Test
    void aFilteredPageAddsOnlyTheMatchingConnectionAsItLogsIn() throws Exception {
        Wiretap wiretap = new Wiretap(Clock.systemUTC());
        MailStore store = MailStore.live(Clock.systemUTC());
        for (String login : List.of("student05", "student06")) store.addAccount(new Account(login, "pw", login + "@mailsim.test", 0));
        LiveMonitor monitor = LiveMonitor.follow(wiretap, store, LiveLimits.DEFAULTS);
        Javalin web = WebApp.create(WebApp.Parts.of(() -> StandInServer.INFO).withLive(monitor)).start("127.0.0.1", 0);
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 900)) {
            var driver = chromium.driver;
            driver.get("http://127.0.0.1:" + web.port() + "/live?account=student05");
            var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-status"), "Live"));

            login(wiretap, "c1", "192.168.1.106:5000", "student06");
            login(wiretap, "c2", "192.168.1.105:5000", "student05");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("row-c2")));
            assertThat(driver.findElement(By.id("row-c2")).getText()).contains("student05", "192.168.1.105");
            assertThat(driver.findElements(By.id("row-c1"))).as("another account's phone stays off the filtered page").isEmpty();
            assertThat(driver.findElements(By.id("conn-c1"))).isEmpty();
            chromium.screenshot("live-filtered");
        } finally {
            web.stop();
            monitor.close();
        }
    }

    private static void login(Wiretap wiretap, String id, String remote, String login) {
        ConnectionTap c = wiretap.open(id, remote, 110, 1110, Security.STARTTLS);
        for (String line : List.of("S+OK ready", "CUSER " + login, "S+OK", "CPASS pw", "S+OK locked")) {
            Direction d = line.charAt(0) == 'C' ? Direction.CLIENT_TO_SERVER : Direction.SERVER_TO_CLIENT;
            c.cleartext(d, (line.substring(1) + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
