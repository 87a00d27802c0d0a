package org.mailsim.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;
import javax.net.ssl.SSLEngine;

import org.junit.jupiter.api.Test;

/** A scripted app's ClientHello is the same on every replay; a real client's is fresh every time. */
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

    private static byte[] clientHello(ClientTls tls) throws Exception {
        SSLEngine engine = tls.newEngine(993);
        engine.beginHandshake();
        ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.wrap(ByteBuffer.allocate(0), out);
        return Arrays.copyOf(out.array(), out.position());
    }
}
