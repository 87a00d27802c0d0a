package org.mailsim.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailsim.net.ClientConnection;
import org.mailsim.net.ClientTls;
import org.mailsim.net.EchoSession;
import org.mailsim.net.ListenerConfig;
import org.mailsim.net.ServerCertificate;
import org.mailsim.net.ServicePort;
import org.mailsim.net.VirtualClock;
import org.mailsim.net.VirtualNetwork;

class WiretapExportTest {

    private static final ClientTls TRUSTED = ClientTls.trusting(ServerCertificate.forReplays(), "mail.mailsim.test");

    /** One replay: an implicit-TLS session and a STARTTLS session on a fresh virtual network. */
    private static List<TappedConnection> replay() throws Exception {
        VirtualClock clock = new VirtualClock(Instant.parse("2026-01-15T09:30:00Z"));
        Wiretap wiretap = new Wiretap(clock);
        VirtualNetwork network = new VirtualNetwork(clock, wiretap, ServerCertificate.forReplays());
        network.listen(ListenerConfig.of(ServicePort.IMAPS, EchoSession.factory()));
        network.listen(ListenerConfig.of(ServicePort.IMAP, EchoSession.factory()));

        ClientConnection phone = network.connect("phone", 993);
        phone.startTls(TRUSTED);
        phone.readLine();
        network.advance(Duration.ofSeconds(5));
        phone.send("a2 APPEND INBOX {5}");
        phone.readLine();
        phone.sendRaw("hello".getBytes(StandardCharsets.US_ASCII));
        phone.readLine();

        ClientConnection laptop = network.connect("laptop", 143);
        laptop.readLine();
        laptop.send("STARTTLS");
        laptop.readLine();
        laptop.startTls(TRUSTED);
        laptop.send("CAPA");
        laptop.readLine();
        laptop.send("QUIT");
        laptop.readLine();
        network.advance(Duration.ofSeconds(1));
        phone.send("QUIT");
        phone.readLine();
        return wiretap.connections();
    }

    @Test
    void twoReplaysGiveIdenticalJsonAndMarkdown() throws Exception {
        List<TappedConnection> first = replay();
        List<TappedConnection> second = replay();
        assertThat(WiretapJson.export(second, ExportOptions.DETERMINISTIC))
                .isEqualTo(WiretapJson.export(first, ExportOptions.DETERMINISTIC));
        assertThat(WiretapMarkdown.export(second, ExportOptions.DETERMINISTIC))
                .isEqualTo(WiretapMarkdown.export(first, ExportOptions.DETERMINISTIC));
    }

    @Test
    void theDefaultExportHidesCiphertextAndTheFullOneShowsIt() throws Exception {
        List<TappedConnection> run = replay();
        String plain = WiretapJson.export(run, ExportOptions.DETERMINISTIC);
        String full = WiretapJson.export(run, ExportOptions.FULL);
        assertThat(plain).contains("\"recordType\" : \"HANDSHAKE\"").doesNotContain("\"hex\"");
        assertThat(full).contains("\"hex\" : \"16030");
        String md = WiretapMarkdown.export(run, ExportOptions.DETERMINISTIC);
        assertThat(md).contains("C: [TLS handshake]", "S: [TLS application data]", "C: CAPA", "S: * CAPABILITY ECHO");
        assertThat(WiretapMarkdown.export(run, new ExportOptions(true, false))).containsPattern("C: \\[TLS handshake \\d+ bytes]");
    }

    @Test
    void markdownReadsLikeAnRfcTranscript() throws Exception {
        String md = WiretapMarkdown.export(replay(), ExportOptions.DETERMINISTIC);
        assertThat(md).contains("## c1: phone → port 993, implicit TLS",
                "## c2: laptop → port 143, STARTTLS",
                "Opened 2026-01-15T09:30:00Z, closed 2026-01-15T09:30:06Z: server closed the connection.",
                "Opened 2026-01-15T09:30:05Z, closed 2026-01-15T09:30:05Z: server closed the connection.",
                "C: [literal 5 bytes]\nC| hello\n");
        assertThat(md).containsSubsequence("S: * OK echo ready\n", "C: STARTTLS\n", "S: OK begin TLS\n",
                "C: [TLS handshake]\n", "C: CAPA\n", "S: * CAPABILITY ECHO\n", "C: QUIT\n", "S: BYE\n");
    }

    @Test
    void binaryCleartextIsExportedAsHex() {
        Wiretap wiretap = new Wiretap(new VirtualClock(Instant.parse("2026-01-15T09:30:00Z")));
        ConnectionTap tap = wiretap.open("c1", "phone", 143, 143, org.mailsim.net.Security.STARTTLS);
        tap.cleartext(Direction.CLIENT_TO_SERVER, new byte[] {0x16, 0x03, 0x01, 0x00, 0x05});
        assertThat(WiretapJson.export(wiretap.connections(), ExportOptions.DETERMINISTIC))
                .contains("\"hex\" : \"1603010005\"").doesNotContain("\"text\"");
        assertThat(WiretapMarkdown.export(wiretap.connections(), ExportOptions.DETERMINISTIC))
                .contains("C: [binary 5 bytes: 16 03 01 00 05]");
    }

    @Test
    void jsonFieldsComeInTheDocumentedOrder() {
        Wiretap wiretap = new Wiretap(new VirtualClock(Instant.parse("2026-01-15T09:30:00Z")));
        ConnectionTap tap = wiretap.open("c1", "phone", 110, 1110, org.mailsim.net.Security.STARTTLS);
        tap.cleartext(Direction.SERVER_TO_CLIENT, "+OK ready\r\n".getBytes(StandardCharsets.US_ASCII));
        tap.tlsWire(Direction.CLIENT_TO_SERVER, new byte[] {22, 3, 1, 0, 1, 7});
        tap.closed("client sent QUIT");
        assertThat(WiretapJson.export(wiretap.connections(), new ExportOptions(true, false))).isEqualTo("""
                {
                  "connections" : [ {
                    "id" : "c1",
                    "remote" : "phone",
                    "port" : 110,
                    "standInPort" : 1110,
                    "security" : "STARTTLS",
                    "opened" : "2026-01-15T09:30:00Z",
                    "closed" : "2026-01-15T09:30:00Z",
                    "closeReason" : "client sent QUIT",
                    "exchanges" : [ {
                      "sequence" : 1,
                      "timestamp" : "2026-01-15T09:30:00Z",
                      "direction" : "SERVER_TO_CLIENT",
                      "layer" : "CLEARTEXT",
                      "length" : 11,
                      "text" : "+OK ready\\r\\n"
                    }, {
                      "sequence" : 2,
                      "timestamp" : "2026-01-15T09:30:00Z",
                      "direction" : "CLIENT_TO_SERVER",
                      "layer" : "TLS_RECORD",
                      "recordType" : "HANDSHAKE",
                      "length" : 6
                    } ]
                  } ]
                }
                """);
    }
}
