package org.mailsim.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailsim.wire.Wiretap;

/** The transport core on its own: bytes in, bytes out, no network at all. */
class ServerConnectionTest {

    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-01-15T09:30:00Z"));
    private final Wiretap wiretap = new Wiretap(clock);
    private final List<String> pushed = new ArrayList<>();

    private ServerConnection open(Security security, SessionFactory sessions) {
        var context = new ConnectionContext("c1", "phone", 143, security, false, "mail.mailsim.test", clock);
        return new ServerConnection(context, sessions, TransportLimits.DEFAULTS,
                ServerCertificate.forReplays().serverContext(), wiretap.open("c1", "phone", 143, 143, security),
                bytes -> pushed.add(new String(bytes, StandardCharsets.US_ASCII)));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aLineSplitAcrossReadsIsOneLine() {
        var c = open(Security.STARTTLS, EchoSession.factory());
        assertThat(text(c.open())).isEqualTo("* OK echo ready\r\n");
        assertThat(c.receive(ascii("a1 NO"))).isEmpty();
        assertThat(text(c.receive(ascii("OP\r\na2 NOOP\r")))).isEqualTo("ECHO a1 NOOP\r\n");
        assertThat(text(c.receive(ascii("\n")))).isEqualTo("ECHO a2 NOOP\r\n");
    }

    @Test
    void cleartextPipelinedAfterStartTlsIsDiscarded() {
        // CVE-2011-0411: an attacker appends a command after STARTTLS; it must not run inside TLS.
        var c = open(Security.STARTTLS, EchoSession.factory());
        c.open();
        assertThat(text(c.receive(ascii("STARTTLS\r\nCAPA\r\n")))).isEqualTo("OK begin TLS\r\n");
        assertThat(wiretap.connection("c1").orElseThrow().transcript().lines(org.mailsim.wire.Direction.SERVER_TO_CLIENT))
                .containsExactly("* OK echo ready", "OK begin TLS");
    }

    @Test
    void theEngineHearsOfTheCloseExactlyOnce() {
        var c = open(Security.STARTTLS, EchoSession.factory());
        c.open();
        int before = EchoSession.CLOSES.get();
        assertThat(text(c.receive(ascii("QUIT\r\n")))).isEqualTo("BYE\r\n");
        c.peerClosed("client closed the connection");
        assertThat(c.shutdown()).isEmpty();
        assertThat(c.receive(ascii("NOOP\r\n"))).isEmpty();
        assertThat(EchoSession.CLOSES.get() - before).isEqualTo(1);
        assertThat(c.closeReason()).isEqualTo("server closed the connection");
    }

    @Test
    void theIdleDeadlineMovesWithEachInput() {
        var c = open(Security.STARTTLS, EchoSession.factory(Duration.ofMinutes(30)));
        c.open();
        clock.advance(Duration.ofMinutes(20));
        c.receive(ascii("a1 NOOP\r\n"));
        assertThat(c.idleDeadline()).isEqualTo(Instant.parse("2026-01-15T10:20:00Z"));
        clock.advance(Duration.ofMinutes(29));
        assertThat(c.timeoutIfDue()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(text(c.timeoutIfDue())).isEqualTo("* BYE idle for too long\r\n");
        assertThat(c.closeReason()).isEqualTo("idle timeout");
    }

    @Test
    void pushesGoToThePushSinkInCleartextBeforeTls() {
        var c = open(Security.STARTTLS, EchoSession.factory());
        c.open();
        assertThat(text(c.receive(ascii("PUSH\r\n")))).isEqualTo("OK pushed\r\n");
        assertThat(pushed).containsExactly("* pushed\r\n");
    }

    @Test
    void aLineEndingInABareLfReachesTheEngineMarkedAsSuch() {
        var c = open(Security.NONE, EchoSession.factory());
        c.open();
        assertThat(text(c.receive(ascii("a1 NOOP\n")))).isEqualTo("BAD bare LF\r\n");
    }
}
