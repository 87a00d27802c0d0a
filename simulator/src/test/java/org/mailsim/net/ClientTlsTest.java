package org.mailsim.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import javax.net.ssl.SSLEngine;

import org.junit.jupiter.api.Test;
import org.mailsim.wire.Direction;
import org.mailsim.wire.Exchange;
import org.mailsim.wire.Layer;
import org.mailsim.wire.Wiretap;

/**
 * A scripted app's ClientHello is the same on every replay; a real client's is fresh every time.
 * A client that comes back resumes its TLS session; another client does not.
 */
class ClientTlsTest {
    private final ClientTls trusted = ClientTls.trusting(ServerCertificate.forReplays(), "mail.mailsim.test");

    @Test
    void aRepeatableClientSendsTheSameClientHelloEveryTime() throws Exception {
        assertThat(clientHello(trusted.asRepeatable())).isEqualTo(clientHello(trusted.asRepeatable()));
    }

    @Test
    void anOrdinaryClientHelloCarriesFreshRandomBytes() throws Exception {
        byte[] first = clientHello(trusted);
        assertThat(first[0]).isEqualTo((byte) 0x16); // a TLS handshake record (RFC 8446 §5.1)
        assertThat(Arrays.equals(first, clientHello(trusted))).isFalse(); // RFC 8446 §4.1.2: 32 random bytes
    }

    @Test
    void aClientComingBackResumesItsSessionWithoutTheCertificateAndAnotherClientDoesNot() throws Exception {
        VirtualClock clock = new VirtualClock(Instant.parse("2026-01-15T09:30:00Z"));
        Wiretap wiretap = new Wiretap(clock);
        VirtualNetwork network = new VirtualNetwork(clock, wiretap, ServerCertificate.forReplays());
        network.listen(ListenerConfig.of(ServicePort.IMAPS, EchoSession.factory()));
        ClientTls app = trusted.asRepeatable();

        int full = handshakeBytesFromServer(network, wiretap, app);
        int resumed = handshakeBytesFromServer(network, wiretap, app);
        int otherApp = handshakeBytesFromServer(network, wiretap, trusted.asRepeatable());

        int certificate = ServerCertificate.forReplays().certificate().getEncoded().length;
        assertThat(full - resumed).as("RFC 8446 §2.2: a resumed handshake sends no Certificate").isGreaterThan(certificate);
        assertThat(Math.abs(otherApp - full)).as("a new client makes a full handshake").isLessThan(certificate);
    }

    /** Connects, reads the greeting, hangs up: the bytes of TLS records the server sent up to the greeting. */
    private static int handshakeBytesFromServer(VirtualNetwork network, Wiretap wiretap, ClientTls tls) throws Exception {
        ClientConnection client = network.connect("phone", 993);
        client.startTls(tls);
        assertThat(client.readLine()).isEqualTo("* OK echo ready");
        client.close();
        return wiretap.connection(client.connectionId()).orElseThrow().exchanges().stream()
                .filter(e -> e.direction() == Direction.SERVER_TO_CLIENT && e.layer() == Layer.TLS_RECORD)
                .mapToInt(Exchange::length).sum();
    }

    private static byte[] clientHello(ClientTls tls) throws Exception {
        SSLEngine engine = tls.newEngine(993);
        engine.beginHandshake();
        ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.wrap(ByteBuffer.allocate(0), out);
        return Arrays.copyOf(out.array(), out.position());
    }
}
