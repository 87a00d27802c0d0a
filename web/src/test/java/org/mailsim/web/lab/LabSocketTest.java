package org.mailsim.web.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.web.LabClient.lines;
import static org.mailsim.web.LabClient.pane;
import static org.mailsim.web.LabClient.serverLines;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mailsim.web.LabClient;
import org.mailsim.web.RunningWebApp;

/**
 * The lab console over its real WebSocket, as the page drives it: every protocol, on every port
 * and in every security mode (cleartext, STARTTLS typed by the student, implicit TLS), two
 * device panes on one account, the mailbox panel, "explain this line", and the downloads.
 */
class LabSocketTest {
    private static final String HANDSHAKE = "[TLS handshake: TLS 1.3, certificate CN=mail.mailsim.test]";
    @RegisterExtension
    static final RunningWebApp WEB = new RunningWebApp();

    @Test
    void imapOn143InCleartextRefusesThePasswordAndStarttlsTypedByTheStudentUpgradesIt() throws Exception {
        try (LabClient lab = LabClient.visit(WEB.base())) {
            JsonNode connected = lab.connect("laptop", "IMAP");
            assertThat(lines(connected, "laptop", "note")).singleElement().asString().contains("port 143", "STARTTLS available");
            assertThat(serverLines(connected, "laptop")).singleElement().asString().contains("LOGINDISABLED");
            assertThat(pane(connected, "laptop").path("tls").asText()).isEmpty();
            assertThat(lab.send("laptop", "a1 CAPABILITY")).first().asString().contains("STARTTLS", "LOGINDISABLED");
            assertThat(lab.send("laptop", "a2 LOGIN alice alice")).singleElement().asString().startsWith("a2 NO [PRIVACYREQUIRED]");

            JsonNode upgraded = lab.request(LabClient.object("send").put("pane", "laptop").put("text", "a3 STARTTLS"));
            assertThat(serverLines(upgraded, "laptop")).containsExactly("a3 OK Begin TLS negotiation now");
            assertThat(lines(upgraded, "laptop", "note")).containsExactly(HANDSHAKE);
            assertThat(pane(upgraded, "laptop").path("tls").asText()).isEqualTo("TLS 1.3");
            // as Dovecot does, a client that asked CAPABILITY before logging in is told the new list at login
            assertThat(lab.send("laptop", "a4 LOGIN alice alice")).last().asString().startsWith("a4 OK");
            assertThat(lab.send("laptop", "a5 SELECT INBOX")).contains("* 4 EXISTS", "a5 OK [READ-WRITE] Select completed");
        }
    }

    @Test
    void aHintsCitationArrivesAsALinkToMailsimsRfcPage() throws Exception {
        try (LabClient lab = LabClient.visit(WEB.base())) {
            lab.connect("phone", "IMAPS");
            lab.send("phone", "a1 LOGIN alice alice");
            lab.send("phone", "a2 SELECT INBOX");
            JsonNode idle = lab.request(LabClient.object("send").put("pane", "phone").put("text", "a3 IDLE"));
            assertThat(pane(idle, "phone").path("hint").asText()).startsWith("You are IDLE (RFC 2177)");
            assertThat(idle.path("hints").path("phone").asText()).startsWith(
                    "You are IDLE (<a class=\"rfc-cite\" href=\"/rfc/2177\" title=\"RFC 2177 IMAP4 IDLE command\">RFC 2177</a>)");
        }
    }

    @Test
    void imapsOn993IsTlsFromTheFirstByte() throws Exception {
        try (LabClient lab = LabClient.visit(WEB.base())) {
            JsonNode connected = lab.connect("phone", "IMAPS");
            assertThat(lines(connected, "phone", "note")).containsExactly(
                    "[connected to mail.mailsim.test port 993, IMAP, TLS from the first byte; connection c1]", HANDSHAKE);
            JsonNode greeting = connected.path("lines").get(2);
            assertThat(greeting.path("text").asText()).startsWith("* OK [CAPABILITY");
            assertThat(greeting.path("tls").asBoolean()).isTrue();
            assertThat(lab.send("phone", "a1 LOGIN alice alice")).singleElement().asString().startsWith("a1 OK");
        }
    }

    @Test
    void pop3On110InCleartextThenWithStlsAndPop3sOn995() throws Exception {
        try (LabClient lab = LabClient.visit(WEB.base())) {
            lab.connect("phone", "POP3");
            assertThat(lab.send("phone", "CAPA")).contains("STLS");
            assertThat(lab.send("phone", "USER alice")).singleElement().asString().startsWith("-ERR [AUTH]");
            JsonNode stls = lab.request(LabClient.object("send").put("pane", "phone").put("text", "STLS"));
            assertThat(lines(stls, "phone", "note")).containsExactly(HANDSHAKE);
            lab.send("phone", "USER alice");
            assertThat(lab.send("phone", "PASS alice")).singleElement().asString().startsWith("+OK");
            assertThat(lab.send("phone", "LIST")).first().asString().startsWith("+OK 4 messages");
            lab.send("phone", "QUIT");

            JsonNode pop3s = lab.connect("laptop", "POP3S");
            assertThat(lines(pop3s, "laptop", "note")).contains(HANDSHAKE);
            lab.send("laptop", "USER bob");
            assertThat(lab.send("laptop", "PASS bob")).singleElement().asString().startsWith("+OK");
            assertThat(pane(lab.request(LabClient.object("send").put("pane", "laptop").put("text", "STAT")), "laptop")
                    .path("state").asText()).isEqualTo("TRANSACTION");
        }
    }

    @Test
    void smtpOn25DeliversLocalMailWithoutLoginAndTheMailboxPanelShowsIt() throws Exception {
        try (LabClient lab = LabClient.visit(WEB.base())) {
            lab.connect("laptop", "SMTP");
            assertThat(lab.send("laptop", "EHLO laptop.example")).last().asString().startsWith("250 ");
            lab.send("laptop", "MAIL FROM:<someone@example.org>");
            assertThat(lab.send("laptop", "RCPT TO:<someone@example.org>")).singleElement().asString().startsWith("554 5.7.1");
            lab.send("laptop", "RCPT TO:<bob@mailsim.test>");
            assertThat(lab.send("laptop", "DATA")).singleElement().asString().startsWith("354");
            JsonNode sent = lab.request(LabClient.object("send").put("pane", "laptop").put("text", "Subject: Over port 25\n\nHi Bob\n."));
            assertThat(serverLines(sent, "laptop")).singleElement().asString().startsWith("250 2.0.0 Ok: queued");
            assertThat(sent.path("mailbox").asText()).contains("Over port 25", "badge new");
            assertThat(sent.path("done").toString()).contains("smtp-no-relay");
        }
    }

    @Test
    void submissionOn587NeedsStarttlsThenAuthAndSubmissionsOn465StartsInTls() throws Exception {
        try (LabClient lab = LabClient.visit(WEB.base())) {
            lab.connect("laptop", "SUBMISSION");
            lab.send("laptop", "EHLO laptop.example");
            assertThat(lab.send("laptop", "AUTH PLAIN AGFsaWNlAGFsaWNl")).singleElement().asString().startsWith("538 5.7.11"); // RFC 4954 §6
            JsonNode tls = lab.request(LabClient.object("send").put("pane", "laptop").put("text", "STARTTLS"));
            assertThat(lines(tls, "laptop", "note")).containsExactly(HANDSHAKE);
            lab.send("laptop", "EHLO laptop.example");
            assertThat(lab.send("laptop", "AUTH PLAIN AGFsaWNlAGFsaWNl")).singleElement().asString().startsWith("235");
            lab.send("laptop", "MAIL FROM:<alice@mailsim.test>");
            lab.send("laptop", "RCPT TO:<bob@mailsim.test>");
            lab.send("laptop", "DATA");
            JsonNode sent = lab.request(LabClient.object("send").put("pane", "laptop").put("text", "Subject: Hello Bob\n\nsee you\n."));
            assertThat(serverLines(sent, "laptop")).singleElement().asString().startsWith("250 2.0.0 Ok: queued");
            assertThat(sent.path("done").toString()).contains("smtp-submit");

            JsonNode implicit = lab.connect("phone", "SUBMISSIONS");
            assertThat(lines(implicit, "phone", "note")).contains(HANDSHAKE);
            lab.send("phone", "EHLO phone.example");
            assertThat(lab.send("phone", "AUTH PLAIN AGJvYgBib2I=")).singleElement().asString().startsWith("235"); // bob / bob
        }
    }

    @Test
    void anExpungeOnThePhoneArrivesOnTheLaptopInIdleAtOnce() throws Exception {
        try (LabClient lab = LabClient.visit(WEB.base())) {
            for (String pane : List.of("phone", "laptop")) {
                lab.connect(pane, "IMAPS");
                lab.send(pane, "a1 LOGIN alice alice");
                lab.send(pane, "a2 SELECT INBOX");
            }
            assertThat(lab.send("laptop", "a3 IDLE")).containsExactly("+ idling");
            lab.send("phone", "a3 STORE 1 +FLAGS (\\Deleted)");
            JsonNode expunged = lab.request(LabClient.object("send").put("pane", "phone").put("text", "a4 EXPUNGE"));
            assertThat(serverLines(expunged, "phone")).as("RECENT follows when its number changed, as Dovecot sends it")
                    .containsExactly("* 1 EXPUNGE", "* 3 RECENT", "a4 OK Expunge completed");
            assertThat(serverLines(expunged, "laptop")).containsExactly("* 1 EXPUNGE");
            assertThat(pane(expunged, "laptop").path("knows").toString()).contains("told of 3 messages");
            assertThat(expunged.path("mailbox").asText()).contains("badge removed");
            assertThat(expunged.path("done").toString()).contains("imap-expunge", "imap-other-device");
        }
    }

    @Test
    void everyProtocolLineIsAButtonSubmittingThePagesExplainForm() throws Exception {
        try (LabClient lab = LabClient.visit(WEB.base())) {
            lab.connect("phone", "IMAPS");
            JsonNode login = lab.request(LabClient.object("send").put("pane", "phone").put("text", "a1 LOGIN alice alice"));
            JsonNode line = login.path("lines").get(0);
            assertThat(line.path("explain").asText()).isEqualTo("explain-imap-c");
            assertThat(line.path("html").asText()).contains("class=\"wire-row client line ",
                    "<button type=\"submit\" class=\"wire-line\" form=\"explain-imap-c\" name=\"line\" value=\"a1 LOGIN alice alice\">");
            // The lab page holds that form; submitting it with the button's line asks /explain, as a browser without JavaScript would.
            String page = new String(lab.get("/lab").body(), StandardCharsets.UTF_8);
            assertThat(page).contains("<form id=\"explain-imap-c\" class=\"explain-form\" action=\"/explain\" method=\"get\"",
                    "<input type=\"hidden\" name=\"protocol\" value=\"IMAP\">", "<input type=\"hidden\" name=\"direction\" value=\"C\">");
            HttpResponse<String> explained = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(WEB.base() + "/explain?protocol=IMAP&direction=C&line=a1+LOGIN+alice+alice")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(explained.body()).contains("RFC 3501 §6.2.3");
        }
    }

    @Test
    void aLiteralShowsLineByLineEachLineExplainedAsLiteralData() throws Exception {
        try (LabClient lab = LabClient.visit(WEB.base())) {
            lab.connect("phone", "IMAPS");
            lab.send("phone", "a1 LOGIN alice alice");
            lab.send("phone", "a2 SELECT INBOX");
            JsonNode fetched = lab.request(LabClient.object("send").put("pane", "phone").put("text", "a3 FETCH 1 BODY[HEADER.FIELDS (SUBJECT)]"));
            List<JsonNode> rows = new java.util.ArrayList<>();
            fetched.path("lines").forEach(rows::add);
            JsonNode announced = rows.stream().filter(r -> r.path("kind").asText().equals("literal")).findFirst().orElseThrow();
            assertThat(announced.path("text").asText()).matches("\\[literal \\d+ bytes]");
            assertThat(announced.path("prefix").asText()).isEqualTo("S:");
            JsonNode subject = rows.stream().filter(r -> r.path("kind").asText().equals("literal-line")
                    && r.path("text").asText().startsWith("Subject: ")).findFirst().orElseThrow();
            assertThat(subject.path("prefix").asText()).isEqualTo("S|");
            assertThat(subject.path("explain").asText()).isEqualTo("explain-imap-s-literal");
            assertThat(subject.path("html").asText()).contains("<span class=\"prefix\">S|</span>", "form=\"explain-imap-s-literal\"");
        }
    }

    @Test
    void theSessionDownloadsAsMarkdownJsonAndPcap() throws Exception {
        try (LabClient lab = LabClient.visit(WEB.base())) {
            lab.connect("phone", "IMAPS");
            lab.send("phone", "a1 LOGIN alice alice");
            HttpResponse<byte[]> md = lab.get("/lab/export.md");
            assertThat(md.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"mailsim-lab.md\"");
            assertThat(new String(md.body(), StandardCharsets.UTF_8)).contains("a1 LOGIN alice alice", "993");
            JsonNode json = LabClient.JSON.readTree(lab.get("/lab/export.json").body());
            assertThat(json.path("connections").get(0).path("port").asInt()).isEqualTo(993);
            byte[] pcap = lab.get("/lab/export.pcap").body();
            assertThat(pcap).startsWith((byte) 0xa1, (byte) 0xb2, (byte) 0xc3, (byte) 0xd4); // the libpcap magic number
        }
    }

    @Test
    void theLabPageIsLabelledAndOffline() throws Exception {
        try (LabClient lab = LabClient.visit(WEB.base())) {
            String html = new String(lab.get("/lab").body(), StandardCharsets.UTF_8);
            assertThat(html).contains("<label for=\"input-phone\"", "<label for=\"service-laptop\"", "role=\"log\"",
                    "aria-live=\"polite\"", "/static/lab.js", "Log in over STARTTLS");
            assertThat(html).doesNotContain("http://", "https://");
        }
    }
}
