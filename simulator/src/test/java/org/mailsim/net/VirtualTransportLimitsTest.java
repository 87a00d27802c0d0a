package org.mailsim.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mailsim.wire.Wiretap;

/** Line length, idle time, connection limits, pushes and shutdown on the virtual network. */
class VirtualTransportLimitsTest {

    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-01-15T09:30:00Z"));
    private final VirtualNetwork network = new VirtualNetwork(clock, new Wiretap(clock), ServerCertificate.forReplays());
    private final ClientTls trusted = ClientTls.trusting(ServerCertificate.forReplays(), "mail.mailsim.test");

    @Test
    void anOverlongLineIsDiscardedAndAnsweredOnce() throws Exception {
        network.listen(ListenerConfig.of(ServicePort.IMAP, EchoSession.factory())
                .withLimits(TransportLimits.DEFAULTS.withMaxLineLength(1024)));
        var phone = network.connect("phone", 143);
        phone.readLine();
        phone.sendRaw("x".repeat(3000).getBytes(StandardCharsets.US_ASCII));
        phone.sendRaw("y".repeat(3000).getBytes(StandardCharsets.US_ASCII));
        phone.send("zzz");
        assertThat(phone.readLine()).isEqualTo("BAD line too long");
        phone.send("a2 NOOP");
        assertThat(phone.readLine()).isEqualTo("ECHO a2 NOOP");
    }

    @Test
    void aLineAtTheLimitIsStillALine() throws Exception {
        network.listen(ListenerConfig.of(ServicePort.IMAP, EchoSession.factory())
                .withLimits(TransportLimits.DEFAULTS.withMaxLineLength(1024)));
        var phone = network.connect("phone", 143);
        phone.readLine();
        phone.send("a".repeat(1024));
        assertThat(phone.readLine()).isEqualTo("ECHO " + "a".repeat(1024));
        phone.send("a".repeat(1025));
        assertThat(phone.readLine()).isEqualTo("BAD line too long");
    }

    @Test
    void literalsAreReadByCountNotByLine() throws Exception {
        network.listen(ListenerConfig.of(ServicePort.IMAP, EchoSession.factory()));
        var phone = network.connect("phone", 143);
        phone.readLine();
        phone.send("a3 APPEND INBOX {12}");
        assertThat(phone.readLine()).isEqualTo("+ go ahead");
        phone.sendRaw("line1\r\nline2".getBytes(StandardCharsets.US_ASCII));
        assertThat(phone.readLine()).isEqualTo("OK literal 12 bytes");
    }

    @Test
    void idleTimeoutFiresInVirtualTime() throws Exception {
        network.listen(ListenerConfig.of(ServicePort.IMAPS, EchoSession.factory(Duration.ofMinutes(30))));
        var phone = network.connect("phone", 993);
        phone.startTls(trusted);
        phone.readLine();
        network.advance(Duration.ofMinutes(29));
        assertThat(network.openConnections()).containsExactly("c1");
        network.advance(Duration.ofMinutes(1));
        assertThat(network.openConnections()).isEmpty();
        assertThat(phone.readLine()).isEqualTo("* BYE idle for too long");
        assertThatThrownBy(phone::readLine).isInstanceOf(EOFException.class);
    }

    @Test
    void aReadWithNothingQueuedLetsVirtualTimePass() throws Exception {
        network.listen(ListenerConfig.of(ServicePort.IMAP, EchoSession.factory(Duration.ofMinutes(30))));
        var phone = network.connect("phone", 143).readTimeout(Duration.ofMinutes(31));
        phone.readLine();
        assertThat(phone.readLine()).isEqualTo("* BYE idle for too long");
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-15T10:01:00Z"));
    }

    @Test
    void connectionLimitsAnswerWithTheProtocolsRefusal() throws Exception {
        network.listen(ListenerConfig.of(ServicePort.IMAP, EchoSession.factory())
                .withLimits(TransportLimits.DEFAULTS.withConnections(3, 2)));
        network.listen(ListenerConfig.of(ServicePort.POP3, EchoSession.factory())
                .withLimits(TransportLimits.DEFAULTS.withConnections(3, 2)));
        assertThat(network.connect("phone", 143).readLine()).isEqualTo("* OK echo ready");
        assertThat(network.connect("phone", 143).readLine()).isEqualTo("* OK echo ready");
        var third = network.connect("phone", 143);
        // The refusal names the limit reached and the serve option that raises it.
        assertThat(third.readLine()).isEqualTo(
                "* BYE [UNAVAILABLE] Too many connections from your address (2, --max-connections-per-address), try again later");
        assertThatThrownBy(third::readLine).isInstanceOf(EOFException.class);
        assertThat(network.connect("laptop", 110).readLine()).isEqualTo("* OK echo ready");
        assertThat(network.connect("tablet", 110).readLine())
                .isEqualTo("-ERR [SYS/TEMP] Too many connections (3, --max-connections), try again later");
    }

    @Test
    void aClosedConnectionFreesItsSlot() throws Exception {
        network.listen(ListenerConfig.of(ServicePort.IMAP, EchoSession.factory())
                .withLimits(TransportLimits.DEFAULTS.withConnections(1, 1)));
        var first = network.connect("phone", 143);
        first.readLine();
        first.close();
        assertThat(network.connect("phone", 143).readLine()).isEqualTo("* OK echo ready");
    }

    @Test
    void pushesFromAnotherSessionArriveEncrypted() throws Exception {
        AtomicReference<Outbound> phoneOutbound = new AtomicReference<>();
        network.listen(ListenerConfig.of(ServicePort.IMAPS, (context, outbound) -> {
            if (context.remote().equals("phone")) phoneOutbound.set(outbound);
            return EchoSession.factory().open(context, outbound);
        }));
        var phone = network.connect("phone", 993);
        phone.startTls(trusted);
        phone.readLine();
        phoneOutbound.get().send("* 4 EXISTS\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(phone.readLine()).isEqualTo("* 4 EXISTS");
    }

    @Test
    void stopSendsTheShutdownReplyAndClosesOnce() throws Exception {
        network.listen(ListenerConfig.of(ServicePort.IMAP, EchoSession.factory()));
        var phone = network.connect("phone", 143);
        phone.readLine();
        int closesBefore = EchoSession.CLOSES.get();
        network.stop();
        network.stop();
        assertThat(phone.readLine()).isEqualTo("* BYE server shutting down");
        assertThatThrownBy(phone::readLine).isInstanceOf(EOFException.class);
        assertThat(EchoSession.CLOSES.get() - closesBefore).isEqualTo(1);
    }
}
