package org.mailsim.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mailsim.wire.Wiretap;

class VirtualNetworkTest {

    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-01-15T09:30:00Z"));
    private final Wiretap wiretap = new Wiretap(clock);
    private final VirtualNetwork network = new VirtualNetwork(clock, wiretap, ServerCertificate.forReplays());
    private final ClientTls trusted = ClientTls.trusting(ServerCertificate.forReplays(), "mail.mailsim.test");

    @Test
    void greetsAndEchoesOnAPlainPort() throws Exception {
        network.listen(ListenerConfig.of(ServicePort.IMAP, EchoSession.factory()));
        var phone = network.connect("phone", 143);
        assertThat(phone.connectionId()).isEqualTo("c1");
        assertThat(phone.readLine()).isEqualTo("* OK echo ready");
        phone.send("a1 NOOP");
        assertThat(phone.readLine()).isEqualTo("ECHO a1 NOOP");
        phone.send("QUIT");
        assertThat(phone.readLine()).isEqualTo("BYE");
        assertThatThrownBy(phone::readLine).isInstanceOf(EOFException.class);
    }

    @Test
    void nothingListeningIsConnectionRefused() {
        assertThatThrownBy(() -> network.connect("phone", 995))
                .isInstanceOf(ConnectException.class).hasMessageContaining("connection refused");
    }

    @Test
    void implicitTlsGreetsAfterTheHandshake() throws Exception {
        network.listen(ListenerConfig.of(ServicePort.IMAPS, EchoSession.factory()));
        var phone = network.connect("phone", 993);
        phone.startTls(trusted);
        assertThat(phone.readLine()).isEqualTo("* OK echo ready");
        phone.send("a1 NOOP");
        assertThat(phone.readLine()).isEqualTo("ECHO a1 NOOP");
        phone.send("QUIT");
        assertThat(phone.readLine()).isEqualTo("BYE");
        assertThatThrownBy(phone::readLine).isInstanceOf(EOFException.class);
    }

    @Test
    void startTlsUpgradesTheConnection() throws Exception {
        network.listen(ListenerConfig.of(ServicePort.IMAP, EchoSession.factory()));
        var laptop = network.connect("laptop", 143);
        assertThat(laptop.readLine()).isEqualTo("* OK echo ready");
        laptop.send("CAPA");
        assertThat(laptop.readLine()).isEqualTo("* CAPABILITY ECHO STARTTLS");
        laptop.send("STARTTLS");
        assertThat(laptop.readLine()).isEqualTo("OK begin TLS");
        laptop.startTls(trusted);
        laptop.send("CAPA");
        assertThat(laptop.readLine()).isEqualTo("* CAPABILITY ECHO");
    }

    @Test
    void aClientCanAskWhetherTheServerSentSomethingWithoutWaiting() throws Exception {
        VirtualClock clock = new VirtualClock(java.time.Instant.parse("2026-01-15T09:30:00Z"));
        VirtualNetwork net = new VirtualNetwork(clock, new Wiretap(clock), ServerCertificate.forReplays());
        net.listen(ListenerConfig.of(ServicePort.IMAP, EchoSession.factory()));
        try (ClientConnection client = net.connect("phone", 143)) {
            assertThat(client.hasPendingInput()).isTrue(); // the greeting
            client.readLine();
            java.time.Instant before = clock.instant();
            assertThat(client.hasPendingInput()).isFalse();
            assertThat(clock.instant()).as("asking does not wait, not even in virtual time").isEqualTo(before);
            client.send("hello");
            assertThat(client.hasPendingInput()).isTrue();
            assertThat(client.readLine()).isEqualTo("ECHO hello");
        }
    }
}
