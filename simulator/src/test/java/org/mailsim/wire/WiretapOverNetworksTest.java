package org.mailsim.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailsim.net.ClientConnection;
import org.mailsim.net.ClientTls;
import org.mailsim.net.EchoSession;
import org.mailsim.net.ListenerConfig;
import org.mailsim.net.ServerCertificate;
import org.mailsim.net.ServicePort;
import org.mailsim.net.TcpNetwork;
import org.mailsim.net.VirtualClock;
import org.mailsim.net.VirtualNetwork;

/** What the wiretap records when real clients talk over both networks, TLS included. */
class WiretapOverNetworksTest {

    private static final ServerCertificate CERTIFICATE = ServerCertificate.forReplays();

    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-01-15T09:30:00Z"));
    private final Wiretap wiretap = new Wiretap(clock);
    private final VirtualNetwork virtual = new VirtualNetwork(clock, wiretap, CERTIFICATE);
    private final Wiretap tcpWiretap = new Wiretap(Clock.systemUTC());
    private final TcpNetwork tcp = new TcpNetwork(tcpWiretap, CERTIFICATE, Clock.systemUTC());

    @AfterEach
    void stopTcp() {
        tcp.stop();
    }

    private static void noopAndQuit(ClientConnection client) throws Exception {
        assertThat(client.readLine()).isEqualTo("* OK echo ready");
        client.send("a1 NOOP");
        assertThat(client.readLine()).isEqualTo("ECHO a1 NOOP");
        client.send("QUIT");
        assertThat(client.readLine()).isEqualTo("BYE");
    }

    private static void assertRecordedTls(TappedConnection c) {
        Transcript t = c.transcript();
        assertThat(t.lines(Direction.SERVER_TO_CLIENT)).containsExactly("* OK echo ready", "ECHO a1 NOOP", "BYE");
        assertThat(t.lines(Direction.CLIENT_TO_SERVER)).containsExactly("a1 NOOP", "QUIT");
        assertThat(t.items()).filteredOn(i -> i.kind() == TranscriptItem.Kind.LINE)
                .extracting(TranscriptItem::layer).containsOnly(Layer.DECRYPTED);
        List<Exchange> records = c.exchanges().stream().filter(e -> e.layer() == Layer.TLS_RECORD).toList();
        assertThat(records.get(0).direction()).isEqualTo(Direction.CLIENT_TO_SERVER);
        assertThat(records.get(0).recordType()).isEqualTo(TlsRecordType.HANDSHAKE); // the ClientHello
        assertThat(records.get(0).firstBytesHex(1)).isEqualTo("16");
        assertThat(records).extracting(Exchange::recordType)
                .contains(TlsRecordType.APPLICATION_DATA).doesNotContain(TlsRecordType.NOT_TLS);
        for (Exchange r : records) {
            byte[] b = r.bytes();
            assertThat(((b[3] & 0xff) << 8 | (b[4] & 0xff)) + 5).isEqualTo(b.length); // whole records only
        }
        assertThat(c.info().closeReason()).isEqualTo("server closed the connection");
    }

    @Test
    void recordsATlsConnectionOnTheVirtualNetwork() throws Exception {
        virtual.listen(ListenerConfig.of(ServicePort.IMAPS, EchoSession.factory()));
        ClientConnection phone = virtual.connect("phone", 993);
        phone.startTls(ClientTls.trusting(CERTIFICATE, "mail.mailsim.test"));
        noopAndQuit(phone);
        assertRecordedTls(wiretap.connection("c1").orElseThrow());
        assertThat(wiretap.connection("c1").orElseThrow().info().remote()).isEqualTo("phone");
    }

    @Test
    void recordsATlsConnectionOverTcp() throws Exception {
        int port = tcp.start(ListenerConfig.of(ServicePort.IMAPS, EchoSession.factory()).withBindPort(0));
        try (ClientConnection client = TcpNetwork.connect("127.0.0.1", port)) {
            client.startTls(ClientTls.trusting(CERTIFICATE, "localhost"));
            noopAndQuit(client);
        }
        tcp.stop();
        TappedConnection c = tcpWiretap.connections().get(0);
        assertRecordedTls(c);
        assertThat(c.info().port()).isEqualTo(993);
        assertThat(c.info().standInPort()).isEqualTo(port);
    }

    @Test
    void aPlaintextClientOnAnImplicitTlsPortGetsNoGreeting() throws Exception {
        virtual.listen(ListenerConfig.of(ServicePort.IMAPS, EchoSession.factory()));
        ClientConnection phone = virtual.connect("phone", 993);
        phone.send("a1 LOGIN alice wonderland");
        TappedConnection c = wiretap.connection("c1").orElseThrow();
        assertThat(c.info().isOpen()).isFalse();
        assertThat(c.info().closeReason()).startsWith("TLS handshake failed");
        Transcript t = c.transcript();
        assertThat(t.lines(Direction.SERVER_TO_CLIENT)).isEmpty();
        assertThat(t.items(Direction.CLIENT_TO_SERVER)).singleElement().satisfies(i -> {
            assertThat(i.recordType()).isEqualTo(TlsRecordType.NOT_TLS);
            assertThat(i.text()).isEqualTo("a1 LOGIN alice wonderland");
        });
        assertThat(t.items(Direction.SERVER_TO_CLIENT)).extracting(TranscriptItem::recordType)
                .containsOnly(TlsRecordType.ALERT);
    }

    @Test
    void aTlsClientOnAPlainPortFailsAndItsClientHelloIsRecordedAsBinary() throws Exception {
        virtual.listen(ListenerConfig.of(ServicePort.IMAP, EchoSession.factory()));
        ClientConnection phone = virtual.connect("phone", 143);
        // The client expects a ServerHello and reads the cleartext greeting instead.
        assertThatThrownBy(() -> phone.startTls(ClientTls.trusting(CERTIFICATE, "mail.mailsim.test")))
                .isInstanceOf(SSLException.class);
        Transcript t = wiretap.connection("c1").orElseThrow().transcript();
        assertThat(t.lines(Direction.SERVER_TO_CLIENT)).startsWith("* OK echo ready");
        assertThat(t.items(Direction.CLIENT_TO_SERVER).get(0).kind()).isEqualTo(TranscriptItem.Kind.BINARY);
        assertThat(t.items(Direction.CLIENT_TO_SERVER).get(0).hex(3)).isEqualTo("16 03 03");
    }

    @Test
    void theToySessionAnswersAClientHelloAsABadLine() throws Exception {
        virtual.listen(ListenerConfig.of(ServicePort.IMAP, EchoSession.factory()));
        ClientConnection phone = virtual.connect("phone", 143);
        assertThat(phone.readLine()).isEqualTo("* OK echo ready");
        ByteArrayOutputStream junk = new ByteArrayOutputStream();
        junk.writeBytes(clientHello());
        junk.writeBytes(new byte[] {'\r', '\n'});
        phone.sendRaw(junk.toByteArray());
        assertThat(phone.readLine()).isEqualTo("BAD unreadable line");
        Transcript t = wiretap.connection("c1").orElseThrow().transcript();
        assertThat(t.items(Direction.CLIENT_TO_SERVER)).extracting(TranscriptItem::kind)
                .contains(TranscriptItem.Kind.BINARY).doesNotContain(TranscriptItem.Kind.LINE);
    }

    @Test
    void startTlsShowsCleartextThenRecordsThenDecryptedLines() throws Exception {
        virtual.listen(ListenerConfig.of(ServicePort.IMAP, EchoSession.factory()));
        ClientConnection phone = virtual.connect("phone", 143);
        phone.readLine();
        phone.send("STARTTLS");
        phone.readLine();
        phone.startTls(ClientTls.trusting(CERTIFICATE, "mail.mailsim.test"));
        phone.send("CAPA");
        assertThat(phone.readLine()).isEqualTo("* CAPABILITY ECHO");
        List<TranscriptItem> items = wiretap.connection("c1").orElseThrow().transcript().items();
        assertThat(items.subList(0, 3)).extracting(TranscriptItem::layer).containsOnly(Layer.CLEARTEXT);
        assertThat(items.get(3).kind()).isEqualTo(TranscriptItem.Kind.TLS_RECORD);
        // Outbound, the wiretap records the protocol bytes first, then the record that carries them.
        assertThat(items.get(items.size() - 2).text()).isEqualTo("* CAPABILITY ECHO");
        assertThat(items.get(items.size() - 2).layer()).isEqualTo(Layer.DECRYPTED);
        assertThat(items.get(items.size() - 1).recordType()).isEqualTo(TlsRecordType.APPLICATION_DATA);
    }

    private static byte[] clientHello() throws Exception {
        SSLEngine engine = SSLContext.getDefault().createSSLEngine();
        engine.setUseClientMode(true);
        ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.wrap(ByteBuffer.allocate(0), out);
        out.flip();
        byte[] bytes = new byte[out.remaining()];
        out.get(bytes);
        return bytes;
    }
}
