package org.mailsim.wire.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailsim.lab.LabLimits;
import org.mailsim.lab.Sandbox;
import org.mailsim.lab.SandboxRegistry;
import org.mailsim.net.ServicePort;
import org.mailsim.scenario.ScenarioCatalog;
import org.mailsim.scenario.ScenarioRunner;
import org.mailsim.scenario.timeline.Timeline;

/**
 * "Decrypt it yourself": a replay's capture shows only TLS records on the TLS ports until
 * Wireshark is given the replay's key log, and then shows the IMAP commands inside.
 */
class TlsKeyLogInTsharkTest {
    @TempDir
    Path dir;

    @Test
    void withTheKeyLogTsharkReadsTheImapCommandsInsideTlsAndWithoutItOnlyTlsRecords() throws IOException {
        Tshark tshark = Tshark.require();
        Timeline replay = ScenarioRunner.run(ScenarioCatalog.load(Optional.empty()).find("imap-starttls-vs-implicit-tls").orElseThrow());
        Path capture = Files.write(dir.resolve("starttls.pcap"), PcapExport.export(replay.connections()));
        Path keys = Files.writeString(dir.resolve("starttls.keys"), replay.tlsKeys(), StandardCharsets.UTF_8);

        assertThat(tshark.fields(capture, "tls.handshake.type == 1", "tls.handshake.random")).as("one ClientHello random per connection")
                .hasSize(3).doesNotHaveDuplicates();
        assertThat(replay.tlsKeys()).doesNotContain("Not available")
                .containsPattern("(?m)^CLIENT_HANDSHAKE_TRAFFIC_SECRET [0-9a-f]{64} [0-9a-f]{64,96}$")
                .containsPattern("(?m)^SERVER_TRAFFIC_SECRET_0 [0-9a-f]{64} [0-9a-f]{64,96}$");

        // Without keys: on 993 only TLS records; IMAP commands only in the cleartext start on 143.
        assertThat(tshark.fields(capture, "tls.app_data && tcp.dstport == 993", "frame.number")).isNotEmpty();
        assertThat(tshark.fields(capture, "imap.request", "tcp.dstport")).isNotEmpty().containsOnly("143");
        assertThat(tshark.fields(capture, "imap.request", "imap.request")).as("only what went before STARTTLS").noneMatch(r -> r.contains("SELECT"));

        // With keys: the commands sent inside TLS, on 993 and after STARTTLS on 143.
        Tshark decrypting = tshark.withKeyLog(keys);
        assertThat(decrypting.fields(capture, "imap.request && tcp.dstport == 993", "imap.request"))
                .anyMatch(r -> r.contains("SELECT INBOX")).anyMatch(r -> r.contains("LOGIN") || r.contains("AUTHENTICATE"));
        assertThat(decrypting.fields(capture, "imap.request && tcp.dstport == 143", "imap.request"))
                .anyMatch(r -> r.contains("STARTTLS")).anyMatch(r -> r.contains("SELECT INBOX"));
        assertThat(decrypting.fields(capture, "imap.response && tcp.srcport == 993", "imap.response")).isNotEmpty();
    }

    @Test
    void theLabsKeyLogOpensTheStudentsOwnImapsSession() throws IOException {
        Tshark tshark = Tshark.require();
        Sandbox sandbox = new SandboxRegistry(LabLimits.DEFAULTS, Clock.systemUTC()).create();
        sandbox.connect("laptop", ServicePort.IMAPS);
        sandbox.send("laptop", "a1 LOGIN alice alice");
        sandbox.send("laptop", "a2 SELECT INBOX");
        Path capture = Files.write(dir.resolve("lab.pcap"), PcapExport.export(sandbox.connections()));
        Path keys = Files.writeString(dir.resolve("lab.keys"), sandbox.tlsKeys(), StandardCharsets.UTF_8);

        assertThat(tshark.fields(capture, "imap.request", "imap.request")).isEmpty();
        assertThat(tshark.withKeyLog(keys).fields(capture, "imap.request", "imap.request")).contains("a1 LOGIN alice alice", "a2 SELECT INBOX");
    }
}
