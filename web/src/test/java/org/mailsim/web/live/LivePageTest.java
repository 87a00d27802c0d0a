package org.mailsim.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailsim.live.CredentialMask;
import org.mailsim.live.LiveLimits;
import org.mailsim.live.LiveMonitor;
import org.mailsim.net.Security;
import org.mailsim.store.Account;
import org.mailsim.store.MailStore;
import org.mailsim.web.EventStream;
import org.mailsim.web.StandInServer;
import org.mailsim.web.WebApp;
import org.mailsim.wire.ConnectionTap;
import org.mailsim.wire.Direction;
import org.mailsim.wire.Wiretap;

/** {@code /live} and {@code /api/live} over a wiretap fed as the TCP listeners feed it. */
class LivePageTest {
    private static final String HIDDEN = CredentialMask.HIDDEN;
    private final Clock clock = Clock.systemUTC();
    private final Wiretap wiretap = new Wiretap(clock);
    private final MailStore store = MailStore.live(clock);
    private final LiveMonitor monitor;

    LivePageTest() {
        store.addAccount(new Account("carol", "Tr0ub4dor", "carol@mailsim.test", 0));
        monitor = LiveMonitor.follow(wiretap, store, LiveLimits.DEFAULTS);
    }

    @AfterEach
    void close() {
        monitor.close();
    }

    private io.javalin.Javalin app() {
        return WebApp.create(WebApp.Parts.of(() -> StandInServer.INFO).withLive(monitor));
    }

    /** A POP3 client on the plain port logging in with USER/PASS, from a phone on the classroom network. */
    private void pop3Login() {
        ConnectionTap c = wiretap.open("c1", "192.168.1.23:50312", 110, 1110, Security.STARTTLS);
        for (String line : List.of("S+OK POP3 ready", "CUSER carol", "S+OK", "CPASS Tr0ub4dor", "S+OK carol has 0 messages", "CSTAT")) {
            Direction d = line.charAt(0) == 'C' ? Direction.CLIENT_TO_SERVER : Direction.SERVER_TO_CLIENT;
            c.cleartext(d, (line.substring(1) + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void beforeAnyClientThePageSaysSoAndShowsTheSetupCard() {
        JavalinTest.test(app(), (server, client) -> {
            var response = client.get("/live");
            assertThat(response.code()).isEqualTo(200);
            String html = response.body().string();
            assertThat(html).contains("No mail client has connected yet", "Set up your mail client", "Thunderbird", "iOS Mail",
                    "Gmail app", "K-9 Mail", "classic Outlook", "AB:CD:EF", "/certificate.pem", "Show passwords");
            assertThat(html).contains("<td class=\"num\">1993</td>", "<td class=\"num\">1587</td>",
                    "Server (incoming and outgoing): <code>localhost</code>");
            assertThat(html).contains("--listen 0.0.0.0"); // the test server listens on loopback only
            assertThat(html).contains("data-stream=\"/live/events?since=0\"");
        });
    }

    @Test
    void theExchangeShowsWithThePasswordHiddenAndTheAccountLoggedIn() {
        pop3Login();
        JavalinTest.test(app(), (server, client) -> {
            String html = client.get("/live").body().string();
            assertThat(html).contains("192.168.1.23:50312", "pop3", "USER carol", "PASS " + HIDDEN, "secret hidden",
                    "logged in as carol", "STARTTLS · cleartext");
            assertThat(html).doesNotContain("Tr0ub4dor");
            assertThat(html).doesNotContain("Passwords are shown");
            // Each line is a button submitting the page's GET form to /explain for its protocol and direction; the page
            // holds the forms of every protocol, for the lines of clients that connect after it loaded.
            assertThat(html.replaceAll("\\s+", " ")).contains("<button type=\"submit\" class=\"wire-line\" form=\"explain-pop3-c\" "
                    + "name=\"line\" value=\"USER carol\">USER carol</button>");
            assertThat(html).contains("<form id=\"explain-pop3-c\" class=\"explain-form\" action=\"/explain\" method=\"get\"",
                    "<input type=\"hidden\" name=\"protocol\" value=\"POP3\">", "<form id=\"explain-imap-s-literal\"",
                    "<form id=\"explain-smtp-c\"");
            assertThat(html).doesNotContain("<a class=\"wire-line\"");
        });
    }

    @Test
    void revealShowsThePasswordAndWarnsAboutTheProjector() {
        pop3Login();
        JavalinTest.test(app(), (server, client) -> {
            String html = client.get("/live?reveal=1").body().string();
            assertThat(html).contains("PASS Tr0ub4dor", "Hide passwords", "href=\"/live\"", "Passwords are shown as typed",
                    "&amp;reveal=1");
            assertThat(html).doesNotContain("secret hidden");
        });
    }

    @Test
    void apiLiveGivesTheSameDataAsJsonWithThePasswordHidden() throws Exception {
        pop3Login();
        JavalinTest.test(app(), (server, client) -> {
            var response = client.get("/api/live");
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("Content-Type")).anyMatch(v -> v.startsWith("application/json"));
            String body = response.body().string();
            assertThat(body).doesNotContain("Tr0ub4dor");
            JsonNode root = new ObjectMapper().readTree(body);
            JsonNode c1 = root.path("connections").get(0);
            assertThat(c1.path("remote").asText()).isEqualTo("192.168.1.23:50312");
            assertThat(c1.path("account").asText()).isEqualTo("carol");
            assertThat(c1.path("lines").findValuesAsText("text")).contains("PASS " + HIDDEN, "STAT");
            assertThat(root.path("server").path("certificateFingerprint").asText()).isEqualTo("AB:CD:EF");
            assertThat(root.path("store").path("accounts").get(0).path("login").asText()).isEqualTo("carol");

            String revealed = client.get("/api/live?reveal=1").body().string();
            assertThat(new ObjectMapper().readTree(revealed).path("connections").get(0).path("lines").findValuesAsText("text"))
                    .contains("PASS Tr0ub4dor");
        });
    }

    @Test
    void noVisitorCanChangeTheLiveStore() {
        pop3Login();
        var before = store.snapshot();
        JavalinTest.test(app(), (server, client) -> {
            String body = "{\"account\":\"carol\",\"folder\":\"INBOX\"}";
            for (String path : List.of("/live", "/api/live", "/live/events")) {
                assertThat(client.post(path, body).code()).as("POST " + path).isIn(404, 405);
                assertThat(client.put(path, body).code()).as("PUT " + path).isIn(404, 405);
                assertThat(client.patch(path, body).code()).as("PATCH " + path).isIn(404, 405);
                assertThat(client.delete(path, body).code()).as("DELETE " + path).isIn(404, 405);
            }
        });
        assertThat(store.snapshot()).isEqualTo(before);
    }

    @Test
    void aViewerOverTheCapIsToldTheStreamIsFull() throws Exception {
        try (LiveMonitor oneViewer = LiveMonitor.follow(new Wiretap(clock), MailStore.live(clock), new LiveLimits(50, 400, 48 * 1024, 1000, 2000, 1))) {
            io.javalin.Javalin running = WebApp.create(WebApp.Parts.of(() -> StandInServer.INFO).withLive(oneViewer))
                    .start("127.0.0.1", 0);
            String events = "http://127.0.0.1:" + running.port() + "/live/events";
            try (EventStream first = EventStream.open(events, java.util.Map.of())) {
                long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
                while (oneViewer.subscriberCount() < 1 && System.nanoTime() < deadline) Thread.sleep(20);
                assertThat(oneViewer.subscriberCount()).isEqualTo(1);
                try (EventStream second = EventStream.open(events, java.util.Map.of())) {
                    second.awaitContains("event: full");
                }
                assertThat(first.text()).doesNotContain("event: full");
            } finally {
                running.stop();
            }
        }
    }
}
