package org.mailsim.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailsim.live.CredentialMask;
import org.mailsim.live.LiveServerFixture;
import org.mailsim.web.EventStream;

/**
 * The live view with a real client: Angus Mail (Jakarta Mail) logs in over IMAPS and sends over
 * submission with STARTTLS and AUTH, against the live server over TCP; its exchange shows up in
 * {@code /api/live} and in the stream an open {@code /live} page listens to, decrypted, with the
 * password nowhere.
 */
class LiveViewTest {
    private static final String PASSWORD = "Tr0ub4dor-9";
    private static final String HIDDEN = CredentialMask.HIDDEN;
    private static LiveWebFixture fixture;
    private static LiveServerFixture live;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        fixture = new LiveWebFixture("carol", PASSWORD);
        live = fixture.live;
        base = fixture.base;
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    @Test
    void angusMailOverImapsAndSubmissionShowsUpDecryptedWithThePasswordHidden() throws Exception {
        try (EventStream stream = EventStream.open(base + "/live/events", Map.of())) {
            readInboxOverImapsWithLogin();
            sendOverSubmissionWithStartTlsAndAuth("Seen live");

            JsonNode api = awaitApi(root -> connection(root, "imaps").isPresent() && connection(root, "submission").isPresent()
                    && connection(root, "submission").get().path("state").asText().equals("closed")
                    && root.toString().contains("Seen live"));
            JsonNode imaps = connection(api, "imaps").orElseThrow();
            assertThat(imaps.path("security").asText()).isEqualTo("IMPLICIT_TLS");
            assertThat(imaps.path("tls").asBoolean()).isTrue();
            assertThat(imaps.path("account").asText()).isEqualTo("carol");
            assertThat(recordTypes(imaps)).contains("HANDSHAKE");
            List<String> imapClient = texts(imaps, "C", "DECRYPTED");
            assertThat(imapClient).anyMatch(l -> l.matches("\\S+ LOGIN carol " + HIDDEN));
            assertThat(imapClient).anyMatch(l -> l.matches("\\S+ (SELECT|EXAMINE) INBOX"));

            JsonNode submission = connection(api, "submission").orElseThrow();
            assertThat(submission.path("account").asText()).isEqualTo("carol");
            assertThat(texts(submission, "C", "CLEARTEXT")).contains("STARTTLS");
            List<String> afterTls = texts(submission, "C", "DECRYPTED");
            assertThat(afterTls).contains("AUTH LOGIN", HIDDEN, "MAIL FROM:<carol@mailsim.test>", "RCPT TO:<carol@mailsim.test>",
                    "DATA", "Subject: Seen live", ".");
            assertThat(texts(submission, "S", "DECRYPTED")).anyMatch(l -> l.startsWith("235 "));

            String everything = api.toString();
            for (String secret : secrets()) assertThat(everything).doesNotContain(secret);

            // The open page's stream saw the same, as HTML fragments ready to insert.
            stream.awaitContains("event: connection", "event: lines", "LOGIN carol " + HIDDEN, "AUTH LOGIN",
                    "MAIL FROM:&lt;carol@mailsim.test&gt;", "secret hidden", "event: store", "Seen live");
            // Each line a button naming the live page's form for its protocol and direction, as in the player.
            stream.awaitContains("<button type=\\\"submit\\\" class=\\\"wire-line\\\" form=\\\"explain-smtp-c\\\" name=\\\"line\\\" "
                    + "value=\\\"MAIL FROM:&lt;carol@mailsim.test&gt;\\\"");
            for (String secret : secrets()) assertThat(stream.text()).doesNotContain(secret);
        }
    }

    @Test
    void aRevealingStreamShowsWhatWasTyped() throws Exception {
        try (EventStream stream = EventStream.open(base + "/live/events?reveal=1", Map.of())) {
            readInboxOverImapsWithLogin();
            stream.awaitContains("LOGIN carol " + PASSWORD);
        }
    }

    @Test
    void aBrowserThatReconnectsGetsWhatItMissedAndOneTooFarBehindIsToldToReload() throws Exception {
        long before = new ObjectMapper().readTree(get("/api/live")).path("version").asLong();
        readInboxOverImapsWithLogin();
        awaitApi(root -> root.path("version").asLong() > before + 5);
        try (EventStream missed = EventStream.open(base + "/live/events", Map.of("Last-Event-ID", String.valueOf(before)))) {
            missed.awaitContains("id: " + (before + 1), "LOGIN carol " + HIDDEN);
        }
        try (EventStream lost = EventStream.open(base + "/live/events?since=not-a-version", Map.of())) {
            lost.awaitContains("event: reset");
        }
    }

    private static void readInboxOverImapsWithLogin() throws Exception {
        try (Store store = fixture.imapsWithLoginCommand()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            inbox.getMessageCount();
            inbox.close(false);
        }
    }

    private static void sendOverSubmissionWithStartTlsAndAuth(String subject) throws Exception {
        Session session = live.mailSession("smtp", true);
        session.getProperties().put("mail.smtp.auth", "true");
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("carol@mailsim.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("carol@mailsim.test"));
        message.setSubject(subject);
        message.setText("Hello from the live view test\n");
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect("carol", PASSWORD);
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    /** The password as typed, and as AUTH PLAIN and AUTH LOGIN would carry it. */
    private static List<String> secrets() {
        Base64.Encoder b64 = Base64.getEncoder();
        return List.of(PASSWORD, b64.encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8)),
                b64.encodeToString("\0carol\0Tr0ub4dor-9".getBytes(StandardCharsets.UTF_8)));
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** /api/live once it satisfies {@code ready} (the store's update follows the clients by a moment). */
    private static JsonNode awaitApi(Predicate<JsonNode> ready) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode root = new ObjectMapper().readTree(get("/api/live"));
        while (!ready.test(root) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            root = new ObjectMapper().readTree(get("/api/live"));
        }
        assertThat(ready.test(root)).as("/api/live within 10 s:\n" + root.toPrettyString()).isTrue();
        return root;
    }

    /** The most recent connection on a service. */
    private static Optional<JsonNode> connection(JsonNode root, String service) {
        JsonNode found = null;
        for (JsonNode c : root.path("connections")) if (c.path("service").asText().equals(service)) found = c;
        return Optional.ofNullable(found);
    }

    private static List<String> texts(JsonNode connection, String direction, String layer) {
        List<String> texts = new ArrayList<>();
        for (JsonNode line : connection.path("lines")) {
            if (line.path("direction").asText().equals(direction) && line.path("layer").asText().equals(layer)) {
                texts.add(line.path("text").asText());
            }
        }
        return texts;
    }

    private static List<String> recordTypes(JsonNode connection) {
        return connection.path("lines").findValuesAsText("recordType");
    }
}
