package org.mailsim.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailsim.live.LiveLimits;
import org.mailsim.live.LiveMonitor;
import org.mailsim.net.Security;
import org.mailsim.store.Account;
import org.mailsim.store.MailStore;
import org.mailsim.web.StandInServer;
import org.mailsim.web.WebApp;
import org.mailsim.wire.ConnectionTap;
import org.mailsim.wire.Direction;
import org.mailsim.wire.Wiretap;

/** {@code /live} with a class of twelve phones: filter by account or device, ten a page, clear the closed ones. */
class LiveClassViewTest {
    private final Wiretap wiretap = new Wiretap(Clock.systemUTC());
    private final MailStore store = MailStore.live(Clock.systemUTC());
    private final LiveMonitor monitor;
    private final List<ConnectionTap> phones = new ArrayList<>();

    LiveClassViewTest() {
        for (int n = 1; n <= 12; n++) store.addAccount(new Account(String.format("student%02d", n), "pw", "s" + n + "@mailsim.test", 0));
        monitor = LiveMonitor.follow(wiretap, store, LiveLimits.DEFAULTS);
        for (int n = 1; n <= 12; n++) {
            ConnectionTap c = wiretap.open("c" + n, "192.168.1." + (100 + n) + ":5" + n, 110, 1110, Security.STARTTLS);
            for (String line : List.of("S+OK ready", String.format("CUSER student%02d", n), "S+OK", "CPASS pw", "S+OK locked")) {
                Direction d = line.charAt(0) == 'C' ? Direction.CLIENT_TO_SERVER : Direction.SERVER_TO_CLIENT;
                c.cleartext(d, (line.substring(1) + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            phones.add(c);
        }
    }

    @AfterEach
    void close() {
        monitor.close();
    }

    private io.javalin.Javalin app() {
        return WebApp.create(WebApp.Parts.of(() -> StandInServer.INFO).withLive(monitor));
    }

    @Test
    void tenConnectionsAPageNewestFirstWithALinkToTheOlderOnes() {
        JavalinTest.test(app(), (server, client) -> {
            String first = client.get("/live").body().string();
            assertThat(first).contains("12 connections, page 1 of 2", "id=\"row-c12\"", "id=\"row-c3\"", "href=\"/live?page=2\"")
                    .doesNotContain("id=\"row-c2\"", "id=\"row-c1\"");
            assertThat(first.indexOf("id=\"row-c12\"")).isLessThan(first.indexOf("id=\"row-c11\""));
            String second = client.get("/live?page=2").body().string();
            assertThat(second).contains("page 2 of 2", "id=\"row-c2\"", "id=\"row-c1\"", "href=\"/live?page=1\"")
                    .doesNotContain("id=\"row-c3\"");
        });
    }

    @Test
    void oneAccountOrOneDeviceOnlyAndTheChoicesOffered() {
        JavalinTest.test(app(), (server, client) -> {
            String account = client.get("/live?account=student07").body().string();
            assertThat(account).contains("1 connection match, page 1 of 1", "id=\"row-c7\"", "id=\"conn-c7\"",
                    "<option value=\"student07\" selected=\"selected\">student07</option>", "data-account=\"student07\"")
                    .doesNotContain("id=\"row-c6\"", "id=\"conn-c8\"");
            String device = client.get("/live?device=192.168.1.104").body().string();
            assertThat(device).contains("id=\"row-c4\"", "<option value=\"192.168.1.104\" selected=\"selected\">", "data-device=\"192.168.1.104\"")
                    .doesNotContain("id=\"row-c5\"");
        });
    }

    @Test
    void clearForgetsTheClosedConnectionsAndKeepsTheOpenOnes() {
        JavalinTest.test(app(), (server, client) -> {
            for (int n = 0; n < 8; n++) phones.get(n).closed("client said QUIT");
            assertThat(client.post("/live/clear", "").code()).as("303 back to /live, or the page it leads to").isIn(200, 303);
            String page = client.get("/live").body().string();
            assertThat(page).contains("4 connections, page 1 of 1", "id=\"row-c9\"", "id=\"row-c12\"").doesNotContain("id=\"row-c8\"");
            assertThat(monitor.snapshot().connections()).hasSize(4);
        });
    }
}
