package org.mailsim.wire.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailsim.scenario.timeline.Timeline;

/** What Wireshark makes of our captures: it must find IMAP, POP3, SMTP and TLS by port alone. */
class PcapInTsharkTest {
    @TempDir
    Path dir;

    @Test
    void tsharkReadsTheImapCommandsOfACleartextReplay() throws IOException {
        Tshark tshark = Tshark.require();
        Path capture = write("cleartext.pcap", ReplayedScenarios.cleartext());

        assertThat(tshark.fields(capture, "imap.request", "imap.request"))
                .contains("A1 AUTHENTICATE PLAIN AGFsaWNlAFN1bnNoaW5lMjAyNg==", "A3 SELECT INBOX", "A5 NOOP");
    }

    @Test
    void tsharkReadsThePop3AndSmtpCommandsOfACleartextReplay() throws IOException {
        Tshark tshark = Tshark.require();
        Path capture = write("cleartext.pcap", ReplayedScenarios.cleartext());

        assertThat(tshark.fields(capture, "pop.request", "pop.request.command")).contains("RETR", "QUIT");
        assertThat(tshark.fields(capture, "smtp.req", "smtp.req.command"))
                .containsSubsequence("EHLO", "MAIL", "RCPT", "DATA", "QUIT");
    }

    @Test
    void tsharkFindsNoBadChecksumAndNothingOddInTheTcpStreams() throws IOException {
        Tshark tshark = Tshark.require();
        Path capture = write("cleartext.pcap", ReplayedScenarios.cleartext());

        assertThat(tshark.fields(capture, "frame", "frame.number")).hasSizeGreaterThan(20);
        assertThat(tshark.fields(capture, "ip.checksum.status != 1 || tcp.checksum.status != 1", "frame.number")).isEmpty();
        // Retransmissions, lost or out-of-order segments, bad ACKs: tcp.analysis.flags marks them all.
        assertThat(tshark.fields(capture, "tcp.analysis.flags || _ws.malformed || _ws.expert.severity >= error",
                "frame.number")).isEmpty();
    }

    @Test
    void onTheTlsPortsTsharkSeesTlsRecordsAndNoImapCommand() throws IOException {
        Tshark tshark = Tshark.require();
        Path capture = write("cafe.pcap", ReplayedScenarios.eavesdropper());

        assertThat(tshark.fields(capture, "tls.handshake.type == 1", "tcp.dstport")).contains("993", "995");
        assertThat(tshark.fields(capture, "tls.app_data && tcp.srcport == 993", "frame.number")).isNotEmpty();
        assertThat(tshark.fields(capture, "imap.request", "tcp.dstport")).isNotEmpty().containsOnly("143");
        assertThat(tshark.fields(capture, "pop.request", "pop.request.parameter")).contains("Sunshine2026");
    }

    private Path write(String name, Timeline timeline) throws IOException {
        return Files.write(dir.resolve(name), PcapExport.export(timeline.connections()));
    }
}
