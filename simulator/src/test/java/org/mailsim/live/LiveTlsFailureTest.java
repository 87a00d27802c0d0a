package org.mailsim.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailsim.net.ServicePort;
import org.mailsim.net.TlsFailure;
import org.mailsim.wire.TappedConnection;

/**
 * Every class of TLS failure gets a name a student can act on, driven by a real client against
 * the live TCP server: the JDK's SSLSocket, OpenSSL's s_client, or raw bytes where the point is
 * that the client is not speaking TLS at all. The name is the connection's close reason, which
 * the live view, the lab and scenario timelines show.
 */
class LiveTlsFailureTest {
    private static LiveServer server;

    @BeforeAll
    static void start() throws Exception {
        server = LiveServer.start(LiveServerOptions.forTests(Files.createTempDirectory("mailsim-tls-failures")));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aJdkClientThatDoesNotTrustTheCertificateSendsCertificateUnknown() throws Exception {
        int before = server.wiretap().connections().size();
        SSLSocket socket = (SSLSocket) SSLContext.getDefault().getSocketFactory().createSocket("127.0.0.1", port(ServicePort.IMAPS));
        assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLException.class);
        socket.close();
        assertThat(closeReason(before)).contains("TLS alert certificate_unknown").contains("refused the server's certificate");
    }

    @Test
    void openSslThatVerifiesTheSelfSignedCertificateSendsUnknownCa() throws Exception {
        int before = server.wiretap().connections().size();
        Process openssl = new ProcessBuilder("openssl", "s_client", "-connect", "127.0.0.1:" + port(ServicePort.IMAPS),
                "-verify_return_error", "-servername", "localhost").redirectErrorStream(true).start();
        openssl.getOutputStream().close();
        assertThat(openssl.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(closeReason(before)).contains("TLS alert unknown_ca").contains("does not trust who signed it");
    }

    @Test
    void curlWithoutCacertSendsUnknownCa() throws Exception {
        int before = server.wiretap().connections().size();
        Process curl = new ProcessBuilder("curl", "-s", "--max-time", "10", "imaps://127.0.0.1:" + port(ServicePort.IMAPS) + "/")
                .redirectErrorStream(true).start();
        assertThat(curl.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(closeReason(before)).contains("TLS alert unknown_ca");
    }

    @Test
    void aNameMismatchIsTheClientsFindingAndTheServerHearsCertificateUnknown() throws Exception {
        int before = server.wiretap().connections().size();
        // The client believes it reached mail.example.org (a DNS name the certificate does not hold).
        Socket tcp = new Socket("127.0.0.1", port(ServicePort.IMAPS));
        SSLSocket socket = (SSLSocket) trustingMailsim().getSocketFactory().createSocket(tcp, "mail.example.org",
                port(ServicePort.IMAPS), true);
        SSLParameters params = socket.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS"); // check the name, as a mail app does
        params.setServerNames(java.util.List.of(new SNIHostName("mail.example.org")));
        socket.setSSLParameters(params);
        socket.setSoTimeout(10_000);
        SSLException failure = null;
        try {
            socket.startHandshake();
        } catch (SSLException e) {
            failure = e;
        }
        socket.close();
        assertThat(failure).isNotNull();
        assertThat(TlsFailure.clientSide(failure, "mail.example.org")).startsWith("name mismatch");
        assertThat(closeReason(before)).contains("certificate_unknown").contains("not made out to the name");
    }

    @Test
    void plainTextSentToAnImplicitTlsPortIsNamed() throws Exception {
        int before = server.wiretap().connections().size();
        try (Socket socket = new Socket("127.0.0.1", port(ServicePort.IMAPS))) {
            socket.getOutputStream().write("a1 CAPABILITY\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.setSoTimeout(10_000);
            drain(socket.getInputStream());
        }
        assertThat(closeReason(before)).contains("plain text sent to a TLS port").contains("a1 CAPABILITY");
    }

    @Test
    void aClientHelloSentToACleartextPortIsNamed() throws Exception {
        int before = server.wiretap().connections().size();
        SSLSocket socket = (SSLSocket) trustingMailsim().getSocketFactory().createSocket("127.0.0.1", port(ServicePort.IMAP));
        socket.setSoTimeout(10_000);
        SSLException failure = null;
        try {
            socket.startHandshake(); // the server's "* OK" greeting is not a ServerHello
        } catch (SSLException e) {
            failure = e;
        }
        socket.close();
        assertThat(failure).isNotNull();
        assertThat(TlsFailure.clientSide(failure, "localhost")).startsWith("TLS ClientHello sent to a cleartext port: the server answered in plain text");
        assertThat(closeReason(before)).contains("TLS ClientHello sent to a cleartext port");
    }

    @Test
    void noSharedProtocolVersionIsNamed() throws Exception {
        int before = server.wiretap().connections().size();
        try (Socket socket = new Socket("127.0.0.1", port(ServicePort.IMAPS))) {
            socket.getOutputStream().write(tls10ClientHello());
            socket.getOutputStream().flush();
            socket.setSoTimeout(10_000);
            drain(socket.getInputStream());
        }
        assertThat(closeReason(before)).contains("no TLS version in common");
    }

    @Test
    void noSharedCipherSuiteIsNamed() throws Exception {
        int before = server.wiretap().connections().size();
        // The JDK refuses to offer such old ciphers itself, so the ClientHello is written by hand.
        try (Socket socket = new Socket("127.0.0.1", port(ServicePort.IMAPS))) {
            socket.getOutputStream().write(clientHello(3)); // TLS 1.2, offering only TLS_RSA_WITH_AES_128_CBC_SHA
            socket.getOutputStream().flush();
            socket.setSoTimeout(10_000);
            drain(socket.getInputStream());
        }
        assertThat(closeReason(before)).contains("no cipher suite in common");
    }

    @Test
    void aClientThatHangsUpDuringTheHandshakeIsNamed() throws Exception {
        int before = server.wiretap().connections().size();
        try (Socket socket = new Socket("127.0.0.1", port(ServicePort.IMAPS))) {
            byte[] hello = tls10ClientHello();
            socket.getOutputStream().write(hello, 0, 5); // only the record header, then gone
            socket.getOutputStream().flush();
        }
        assertThat(closeReason(before)).contains("closed the connection during the TLS handshake");
    }

    private static int port(ServicePort service) {
        return server.port(service);
    }

    private static SSLContext trustingMailsim() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(server.certificate().trustStore());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return tls;
    }

    /**
     * A ClientHello that offers TLS 1.0 only (legacy_version 3.1, no supported_versions extension,
     * RFC 8446 §4.1.2) and one cipher: what a very old client sends.
     */
    private static byte[] tls10ClientHello() {
        return clientHello(1);
    }

    /** As above with client_version 3.{@code minor}: 1 is TLS 1.0, 3 is TLS 1.2. */
    private static byte[] clientHello(int minor) {
        byte[] body = new byte[41];
        body[0] = 3;
        body[1] = (byte) minor;              // client_version
        // 32 bytes random (zeros will do), session id length 0
        body[35] = 0;
        body[36] = 2;
        body[37] = 0x00;
        body[38] = 0x2f;                     // TLS_RSA_WITH_AES_128_CBC_SHA
        body[39] = 1;
        body[40] = 0;                        // compression: null
        byte[] record = new byte[5 + 4 + body.length];
        record[0] = 0x16;
        record[1] = 3;
        record[2] = 1;
        record[3] = 0;
        record[4] = (byte) (4 + body.length);
        record[5] = 1;                       // ClientHello
        record[8] = (byte) body.length;
        System.arraycopy(body, 0, record, 9, body.length);
        return record;
    }

    private static void drain(InputStream in) {
        try {
            while (in.read() >= 0) {
                // the server's alert, then its close
            }
        } catch (java.io.IOException e) {
            // reset by the server: also an end
        }
    }

    /** The close reason of the first connection opened after {@code before}, once it has closed. */
    private static String closeReason(int before) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            var all = server.wiretap().connections();
            if (all.size() > before) {
                TappedConnection c = all.get(before);
                if (c.info().closeReason() != null) return c.info().closeReason();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no connection closed after " + before + ": " + server.wiretap().connections());
    }
}
