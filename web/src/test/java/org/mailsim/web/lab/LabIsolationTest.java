package org.mailsim.web.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailsim.live.LiveServer;
import org.mailsim.live.LiveServerOptions;
import org.mailsim.store.FolderSnapshot;
import org.mailsim.store.StoreSnapshot;
import org.mailsim.web.LabClient;
import org.mailsim.web.WebApp;

/**
 * One visitor can never read or change another's sandbox, nor the live server's store, through
 * the lab: the page, the socket and the downloads all go by the visitor's own cookie, and an id
 * that was not issued (made up, changed) reaches nothing.
 */
class LabIsolationTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static LiveServer live;
    private static Javalin app;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        live = LiveServer.start(LiveServerOptions.forTests(Files.createTempDirectory("mailsim-lab-isolation")));
        app = WebApp.create(live::info).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        app.stop();
        live.close();
    }

    @Test
    void twoVisitorsNeverSeeEachOthersMailLinesOrDownloads() throws Exception {
        try (LabClient a = LabClient.visit(base); LabClient b = LabClient.visit(base)) {
            assertThat(a.cookie).isNotEqualTo(b.cookie);
            a.connect("phone", "IMAPS");
            a.send("phone", "a1 LOGIN alice alice");
            JsonNode appended = a.request(LabClient.object("send").put("pane", "phone")
                    .put("text", "a2 APPEND INBOX {30+}\nSubject: only for visitor A\r\n\r\nx"));
            assertThat(appended.path("mailbox").asText()).contains("only for visitor A");

            b.connect("laptop", "IMAPS");
            b.send("laptop", "b1 LOGIN alice alice");
            assertThat(b.send("laptop", "b2 SELECT INBOX")).contains("* 4 EXISTS");
            assertThat(String.join("\n", b.send("laptop", "b3 FETCH 1:* (BODY.PEEK[HEADER.FIELDS (SUBJECT)])")))
                    .doesNotContain("only for visitor A");
            assertThat(a.received.poll(300, TimeUnit.MILLISECONDS)).as("A hears nothing of B").isNull();

            try (LabClient bAgain = LabClient.withCookie(base, b.cookie)) {
                JsonNode picture = bAgain.hello();
                assertThat(picture.toString()).doesNotContain("only for visitor A", "a1 LOGIN").contains("b1 LOGIN");
            }
            assertThat(text(b.get("/lab/export.md"))).contains("b1 LOGIN").doesNotContain("a1 LOGIN", "only for visitor A");
            assertThat(text(a.get("/lab/export.md"))).contains("a1 LOGIN").doesNotContain("b1 LOGIN");
        }
    }

    @Test
    void anIdThatWasNotIssuedReachesNoSandbox() throws Exception {
        try (LabClient a = LabClient.visit(base)) {
            String id = a.cookie.substring(a.cookie.indexOf('=') + 1);
            String changed = id.substring(0, id.length() - 1) + (id.endsWith("A") ? "B" : "A");
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String guessed = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            for (String cookie : new String[] {"mailsim-lab=" + changed, "mailsim-lab=" + guessed, "mailsim-lab=", null}) {
                try (LabClient stranger = LabClient.withCookie(base, cookie)) {
                    assertThat(stranger.next("closed").path("message").asText()).contains("no lab sandbox for this browser");
                    assertThat(stranger.closed.get(5, TimeUnit.SECONDS)).startsWith("1008");
                }
                HttpRequest.Builder export = HttpRequest.newBuilder(URI.create(base + "/lab/export.md"));
                if (cookie != null) export.header("Cookie", cookie);
                assertThat(HTTP.send(export.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
            }
            // The page never adopts a made-up id: it hands out a new one.
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/lab"))
                    .header("Cookie", "mailsim-lab=" + guessed).build(), HttpResponse.BodyHandlers.ofString());
            String issued = page.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(issued).startsWith("mailsim-lab=").doesNotContain(guessed);
        }
    }

    @Test
    void theCookieIsHttpOnlySameSiteStrictAndScopedToTheLab() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/lab")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Set-Cookie").orElseThrow())
                .matches("mailsim-lab=[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22};.*")
                .contains("HttpOnly", "SameSite=Strict", "Path=/lab"); // an id: random, then signed by the registry
    }

    @Test
    void aPageOfAnotherSiteCannotOpenTheSocketWithTheVisitorsCookie() throws Exception {
        try (LabClient a = LabClient.visit(base)) {
            assertThatThrownBy(() -> HTTP.newWebSocketBuilder().header("Cookie", a.cookie).header("Origin", "http://evil.example")
                    .buildAsync(URI.create(base.replace("http:", "ws:") + "/lab/socket"), new java.net.http.WebSocket.Listener() { })
                    .get(5, TimeUnit.SECONDS)).cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                            refused -> assertThat(refused.getResponse().statusCode()).isEqualTo(403));
        }
    }

    @Test
    void theLiveServersStoreIsNeverTouched() throws Exception {
        StoreSnapshot before = live.store().snapshot();
        try (LabClient lab = LabClient.visit(base)) {
            lab.connect("phone", "POP3S");
            lab.send("phone", "USER alice");
            lab.send("phone", "PASS alice");
            for (int n = 1; n <= 4; n++) lab.send("phone", "DELE " + n);
            lab.send("phone", "QUIT");
            lab.connect("laptop", "SMTP");
            lab.send("laptop", "EHLO laptop.example");
            lab.send("laptop", "MAIL FROM:<x@example.org>");
            lab.send("laptop", "RCPT TO:<bob@mailsim.test>");
            lab.send("laptop", "DATA");
            assertThat(lab.send("laptop", "Subject: hi\n\nhi\n.")).singleElement().asString().startsWith("250");
        }
        assertThat(contents(live.store().snapshot())).isEqualTo(contents(before));
    }

    /** Every folder's messages by UID, subject and flags. */
    private static List<String> contents(StoreSnapshot snapshot) {
        return snapshot.accounts().stream().flatMap(a -> a.folders().stream().map((FolderSnapshot f) -> a.account().login() + "/"
                + f.name() + ": " + f.messages().stream().map(m -> m.uid() + " " + m.summary().subject() + " " + m.flags()).toList()))
                .toList();
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
