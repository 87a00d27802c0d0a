package org.mailsim.net;

import static org.assertj.core.api.Assertions.assertThat;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;

/** Every TlsFailure text starts with its class's name, and the class is read back from the words. */
class TlsFailureKindTest {

    @Test
    void eachTextIsReadBackAsItsClass() {
        assertThat(TlsFailureKind.in(TlsFailure.clientHelloOnCleartextPort())).contains(TlsFailureKind.CLIENT_HELLO_TO_CLEARTEXT_PORT);
        assertThat(TlsFailureKind.in(TlsFailure.closedDuringHandshake(true))).contains(TlsFailureKind.NOTHING_SENT_TO_TLS_PORT);
        assertThat(TlsFailureKind.in(TlsFailure.closedDuringHandshake(false))).contains(TlsFailureKind.CLOSED_DURING_HANDSHAKE);
        assertThat(TlsFailureKind.in(TlsFailure.serverSide(new SSLHandshakeException("Received fatal alert: unknown_ca"), new byte[] {0x16, 3})))
                .contains(TlsFailureKind.CERTIFICATE_REFUSED);
        assertThat(TlsFailureKind.in(TlsFailure.serverSide(new SSLHandshakeException("x"), "a1 LOGIN".getBytes())))
                .contains(TlsFailureKind.PLAINTEXT_TO_TLS_PORT);
        assertThat(TlsFailureKind.in(TlsFailure.serverSide(new SSLHandshakeException("something new"), new byte[] {0x16, 3})))
                .contains(TlsFailureKind.OTHER);
    }

    @Test
    void textsOfOtherKindsAreNoTlsFailure() {
        assertThat(TlsFailureKind.in("client closed the connection")).isEmpty();
        assertThat(TlsFailureKind.in("Login failed: the server says the user name or password is wrong")).isEmpty();
        assertThat(TlsFailureKind.in(null)).isEmpty();
    }

    @Test
    void everyClassHasANameAndAnExplanationWithItsSource() {
        for (TlsFailureKind kind : TlsFailureKind.values()) {
            assertThat(kind.title()).isNotBlank();
            if (kind != TlsFailureKind.OTHER && kind != TlsFailureKind.CLOSED_DURING_HANDSHAKE) {
                assertThat(kind.explanation()).as(kind.name()).containsPattern("RFC \\d+");
            }
        }
    }
}
