package org.mailsim.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailsim.wire.Wiretap;

class TcpNetworkTest {

    private final ServerCertificate certificate = ServerCertificate.forReplays();
    private final TcpNetwork network = new TcpNetwork(new Wiretap(Clock.systemUTC()), certificate, Clock.systemUTC());

    @AfterEach
    void stop() {
        network.stop();
    }

    private int listen(ServicePort service, SessionFactory sessions) throws Exception {
        return network.start(ListenerConfig.of(service, sessions).withBindPort(0));
    }

    @Test
    void listensOnLoopbackAndExposesTheBoundPort() throws Exception {
        int port = listen(ServicePort.POP3, EchoSession.factory());
        assertThat(network.boundPort(110)).isEqualTo(port).isPositive();
        try (var client = TcpNetwork.connect("127.0.0.1", port)) {
            assertThat(client.readLine()).isEqualTo("* OK echo ready");
            client.send("hello");
            assertThat(client.readLine()).isEqualTo("ECHO hello");
        }
    }

    @Test
    void implicitTlsWithHostnameVerification() throws Exception {
        int port = listen(ServicePort.IMAPS, EchoSession.factory());
        try (var client = TcpNetwork.connect("127.0.0.1", port)) {
            client.startTls(ClientTls.trusting(certificate, "localhost"));
            assertThat(client.readLine()).isEqualTo("* OK echo ready");
            client.send("a1 NOOP");
            assertThat(client.readLine()).isEqualTo("ECHO a1 NOOP");
        }
    }

    @Test
    void aJdkSocketClientSpeakingTls12IsServedToo() throws Exception {
        int port = listen(ServicePort.IMAPS, EchoSession.factory());
        var trust = javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        trust.init(certificate.trustStore());
        var context = javax.net.ssl.SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        try (var socket = (javax.net.ssl.SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.setEnabledProtocols(new String[] {"TLSv1.2"});
            socket.setSoTimeout(5000);
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream()));
            assertThat(in.readLine()).isEqualTo("* OK echo ready");
            socket.getOutputStream().write("a1 NOOP\r\n".getBytes());
            assertThat(in.readLine()).isEqualTo("ECHO a1 NOOP");
            assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.2");
        }
    }

    @Test
    void aClientTrustingOnlyTheJdkDefaultsRefusesTheSelfSignedCertificate() throws Exception {
        int port = listen(ServicePort.IMAPS, EchoSession.factory());
        try (var client = TcpNetwork.connect("127.0.0.1", port)) {
            assertThatThrownBy(() -> client.startTls(ClientTls.jdkDefault("localhost")))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void aCertificateWithoutTheRequestedNameIsRefused() throws Exception {
        int port = listen(ServicePort.IMAPS, EchoSession.factory());
        try (var client = TcpNetwork.connect("127.0.0.1", port)) {
            assertThatThrownBy(() -> client.startTls(ClientTls.trusting(certificate, "mail.example.org")))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void startTlsThenPushesArriveEncrypted() throws Exception {
        int port = listen(ServicePort.IMAP, EchoSession.factory());
        try (var client = TcpNetwork.connect("127.0.0.1", port)) {
            assertThat(client.readLine()).isEqualTo("* OK echo ready");
            client.send("STARTTLS");
            assertThat(client.readLine()).isEqualTo("OK begin TLS");
            client.startTls(ClientTls.trusting(certificate, "127.0.0.1"));
            client.send("PUSH");
            assertThat(client.readLine()).isEqualTo("* pushed");
            assertThat(client.readLine()).isEqualTo("OK pushed");
        }
    }

    @Test
    void pushesFromAnotherThreadArriveWholeAndEncrypted() throws Exception {
        var outbound = new java.util.concurrent.CompletableFuture<Outbound>();
        int port = listen(ServicePort.IMAPS, (context, out) -> {
            outbound.complete(out);
            return EchoSession.factory().open(context, out);
        });
        try (var client = TcpNetwork.connect("127.0.0.1", port)) {
            client.startTls(ClientTls.trusting(certificate, "localhost"));
            assertThat(client.readLine()).isEqualTo("* OK echo ready");
            Thread pusher = Thread.ofVirtual().start(() -> {
                for (int i = 1; i <= 50; i++) outbound.join().send(("* " + i + " EXISTS\r\n").getBytes());
            });
            for (int i = 0; i < 20; i++) client.send("a" + i + " NOOP");
            pusher.join();
            var lines = new java.util.ArrayList<String>();
            for (int i = 0; i < 70; i++) lines.add(client.readLine());
            assertThat(lines).filteredOn(l -> l.endsWith("EXISTS")).hasSize(50);
            assertThat(lines).filteredOn(l -> l.startsWith("ECHO a")).hasSize(20);
        }
    }

    @Test
    void aPushToAClientThatStoppedReadingReturnsAtOnceAndKeepsItsOrder() throws Exception {
        var outbound = new java.util.concurrent.CompletableFuture<Outbound>();
        int port = listen(ServicePort.IMAP, (context, out) -> {
            outbound.complete(out);
            return EchoSession.factory().open(context, out);
        });
        try (var client = TcpNetwork.connect("127.0.0.1", port)) {
            assertThat(client.readLine()).isEqualTo("* OK echo ready");
            // 7 MB is more than the kernel holds for a client that reads nothing (4 MB send buffer at most,
            // 128 KB receive window while unread): a pusher writing to the socket itself would block here.
            byte[] line = ("* " + "x".repeat(1000) + "\r\n").getBytes();
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
                for (int i = 0; i < 7000; i++) outbound.join().send(line);
                outbound.join().send("* last\r\n".getBytes());
            });
            for (int i = 0; i < 7000; i++) assertThat(client.readLine()).hasSize(1002);
            assertThat(client.readLine()).isEqualTo("* last");
        }
    }

    @Test
    void idleClientsGetTheTimeoutReply() throws Exception {
        int port = listen(ServicePort.IMAP, EchoSession.factory(Duration.ofMillis(300)));
        try (var client = TcpNetwork.connect("127.0.0.1", port)) {
            assertThat(client.readLine()).isEqualTo("* OK echo ready");
            assertThat(client.readLine()).isEqualTo("* BYE idle for too long");
            assertThatThrownBy(client::readLine).isInstanceOf(EOFException.class);
        }
    }

    @Test
    void overThePerAddressLimitTheProtocolRefuses() throws Exception {
        int port = network.start(ListenerConfig.of(ServicePort.SUBMISSION, EchoSession.factory()).withBindPort(0)
                .withHostname("mail.mailsim.test").withLimits(TransportLimits.DEFAULTS.withConnections(10, 1)));
        try (var first = TcpNetwork.connect("127.0.0.1", port)) {
            // The first connection is counted once its greeting arrives; only then does the second
            // connect, so the test does not depend on which of two racing accepts is counted first.
            assertThat(first.readLine()).isEqualTo("* OK echo ready");
            try (var second = TcpNetwork.connect("127.0.0.1", port)) {
                assertThat(second.readLine()).isEqualTo("421 4.7.0 mail.mailsim.test Too many connections from your address (1, --max-connections-per-address), try again later");
                assertThatThrownBy(second::readLine).isInstanceOf(EOFException.class);
            }
        }
    }

    @Test
    void overTheTotalLimitOnAnImplicitTlsPortTheRefusalComesUnderTls() throws Exception {
        int port = network.start(ListenerConfig.of(ServicePort.POP3S, EchoSession.factory()).withBindPort(0)
                .withLimits(TransportLimits.DEFAULTS.withConnections(1, 5)));
        var tls = ClientTls.trusting(certificate, "localhost");
        try (var first = TcpNetwork.connect("127.0.0.1", port)) {
            first.startTls(tls);
            assertThat(first.readLine()).isEqualTo("* OK echo ready");
            try (var second = TcpNetwork.connect("127.0.0.1", port)) {
                second.startTls(tls);
                assertThat(second.readLine()).isEqualTo("-ERR [SYS/TEMP] Too many connections (1, --max-connections), try again later");
            }
        }
    }

    @Test
    void stopSendsTheShutdownReplyToEveryConnection() throws Exception {
        int port = listen(ServicePort.IMAPS, EchoSession.factory());
        try (var client = TcpNetwork.connect("127.0.0.1", port)) {
            client.startTls(ClientTls.trusting(certificate, "localhost"));
            assertThat(client.readLine()).isEqualTo("* OK echo ready");
            network.stop();
            assertThat(client.readLine()).isEqualTo("* BYE server shutting down");
            assertThatThrownBy(client::readLine).isInstanceOf(EOFException.class);
        }
    }
}
