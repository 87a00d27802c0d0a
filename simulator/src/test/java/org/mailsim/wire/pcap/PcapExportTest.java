package org.mailsim.wire.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Security;
import org.mailsim.wire.ConnectionInfo;
import org.mailsim.wire.Direction;
import org.mailsim.wire.Exchange;
import org.mailsim.wire.Layer;
import org.mailsim.wire.TappedConnection;
import org.mailsim.wire.TlsRecordType;

class PcapExportTest {
    private static final Instant T0 = Instant.parse("2026-01-15T09:30:00Z");

    @Test
    void writesAClassicLibpcapHeaderForEthernet() {
        byte[] file = PcapExport.export(List.of(imapLogin("c1", "phone", true)));

        assertThat(Arrays.copyOf(file, 4)).containsExactly(0xa1, 0xb2, 0xc3, 0xd4);
        PcapReader capture = PcapReader.read(file);
        assertThat(capture.versionMajor()).isEqualTo(2);
        assertThat(capture.versionMinor()).isEqualTo(4);
        assertThat(capture.snaplen()).isEqualTo(65535);
        assertThat(capture.linkType()).isEqualTo(1);
        assertThat(capture.packets()).allSatisfy(p -> {
            assertThat(p.etherType()).isEqualTo(0x0800);
            assertThat(p.ipVersion()).isEqualTo(4);
            assertThat(p.ipHeaderLength()).isEqualTo(20);
            assertThat(p.ipProtocol()).isEqualTo(6);
            assertThat(p.ttl()).isEqualTo(64);
        });
    }

    @Test
    void opensWithSynSynAckAckAnnouncingAnMssOf1460() {
        List<PcapReader.Packet> p = PcapReader.read(PcapExport.export(List.of(imapLogin("c1", "phone", true)))).packets();

        assertThat(p.get(0).flags()).isEqualTo(Segment.SYN);
        assertThat(p.get(0).fromServer()).isFalse();
        assertThat(p.get(1).flags()).isEqualTo(Segment.SYN | Segment.ACK);
        assertThat(p.get(1).ack()).isEqualTo(p.get(0).seq() + 1);
        assertThat(p.get(2).flags()).isEqualTo(Segment.ACK);
        assertThat(p.get(2).seq()).isEqualTo(p.get(0).seq() + 1);
        assertThat(p.get(2).ack()).isEqualTo(p.get(1).seq() + 1);
        assertThat(p.subList(0, 2)).allSatisfy(syn -> assertThat(syn.tcpHeaderLength()).isEqualTo(24));
        assertThat(p.get(2).tcpHeaderLength()).isEqualTo(20);
        assertThat(p.get(0).micros()).isEqualTo(T0.toEpochMilli() * 1000);
    }

    @Test
    void sendsEachExchangeAsOnePshAckSegmentInRecordedOrder() {
        PcapReader capture = PcapReader.read(PcapExport.export(List.of(imapLogin("c1", "phone", false))));

        List<String> data = capture.packets().stream().filter(p -> p.payload().length > 0)
                .map(p -> (p.fromServer() ? "S: " : "C: ") + new String(p.payload(), StandardCharsets.US_ASCII)).toList();
        assertThat(data).containsExactly("S: * OK IMAP4rev1 ready\r\n", "C: a1 LOGIN alice secret\r\n",
                "S: a1 OK LOGIN completed\r\n");
        assertThat(capture.packets().stream().filter(p -> p.payload().length > 0))
                .allSatisfy(p -> assertThat(p.flags()).isEqualTo(Segment.PSH | Segment.ACK));
        assertThat(capture.packets()).noneSatisfy(p -> assertThat(p.has(Segment.FIN)).isTrue());
        TcpStreams.Stream stream = TcpStreams.follow(capture).get("10.0.0.2:49152");
        assertThat(stream.fromClient().toString(StandardCharsets.US_ASCII)).isEqualTo("a1 LOGIN alice secret\r\n");
    }

    @Test
    void closesAClosedConnectionWithFinFinAck() {
        PcapReader capture = PcapReader.read(PcapExport.export(List.of(imapLogin("c1", "phone", true))));
        List<PcapReader.Packet> p = capture.packets();

        List<PcapReader.Packet> last = p.subList(p.size() - 3, p.size());
        assertThat(last.get(0).flags()).isEqualTo(Segment.FIN | Segment.ACK);
        assertThat(last.get(0).fromServer()).isFalse();
        assertThat(last.get(1).flags()).isEqualTo(Segment.FIN | Segment.ACK);
        assertThat(last.get(1).fromServer()).isTrue();
        assertThat(last.get(1).ack()).isEqualTo(last.get(0).seq() + 1);
        assertThat(last.get(2).flags()).isEqualTo(Segment.ACK);
        assertThat(last.get(2).ack()).isEqualTo(last.get(1).seq() + 1);
        TcpStreams.follow(capture);
    }

    @Test
    void splitsAnExchangeLongerThanTheMssIntoSegmentsOf1460Bytes() {
        byte[] literal = new byte[4000];
        for (int i = 0; i < literal.length; i++) literal[i] = (byte) ('a' + i % 26);
        var connection = connection("c1", "laptop", 143, true,
                exchange("c1", 1, 0, Direction.SERVER_TO_CLIENT, Layer.CLEARTEXT, literal));

        PcapReader capture = PcapReader.read(PcapExport.export(List.of(connection)));

        assertThat(capture.packets().stream().filter(p -> p.payload().length > 0).map(p -> p.payload().length))
                .containsExactly(1460, 1460, 1080);
        assertThat(TcpStreams.follow(capture).get("10.0.0.3:49152")).isNull();
        assertThat(TcpStreams.follow(capture).get("10.0.0.2:49152").fromServer().toByteArray()).isEqualTo(literal);
    }

    @Test
    void givesEachDeviceOneAddressAndEachConnectionTheNextClientPort() {
        var phone1 = imapLogin("c1", "phone", true);
        var laptop = imapLogin("c2", "laptop", true);
        var phone2 = imapLogin("c3", "phone", true);

        Map<String, TcpStreams.Stream> streams = TcpStreams.follow(PcapReader.read(PcapExport.export(List.of(phone1, laptop, phone2))));

        assertThat(streams).containsOnlyKeys("10.0.0.2:49152", "10.0.0.3:49153", "10.0.0.2:49154");
        assertThat(streams.values()).allSatisfy(s -> assertThat(s.serverPort()).as("the well-known port, not 1143").isEqualTo(143));
    }

    @Test
    void makesTimesStrictlyIncreaseWhereExchangesShareAnInstant() {
        var connection = connection("c1", "phone", 110, true,
                exchange("c1", 1, 0, Direction.SERVER_TO_CLIENT, Layer.CLEARTEXT, ascii("+OK POP3 ready\r\n")),
                exchange("c1", 2, 0, Direction.CLIENT_TO_SERVER, Layer.CLEARTEXT, ascii("QUIT\r\n")),
                exchange("c1", 3, 0, Direction.SERVER_TO_CLIENT, Layer.CLEARTEXT, ascii("+OK bye\r\n")));

        List<PcapReader.Packet> p = PcapReader.read(PcapExport.export(List.of(connection))).packets();

        long start = T0.toEpochMilli() * 1000;
        long closed = start + 30_000;
        assertThat(p.stream().map(PcapReader.Packet::micros))
                .containsExactly(start, start + 1, start + 2, start + 3, start + 4, start + 5, closed, closed + 1, closed + 2);
    }

    @Test
    void interleavesConnectionsByTimeAndKeepsEachInItsRecordedOrder() {
        var early = connection("c1", "phone", 110, false,
                exchange("c1", 1, 0, Direction.SERVER_TO_CLIENT, Layer.CLEARTEXT, ascii("+OK one\r\n")),
                exchange("c1", 2, 5000, Direction.CLIENT_TO_SERVER, Layer.CLEARTEXT, ascii("NOOP\r\n")));
        var later = new TappedConnection(new ConnectionInfo("c2", "laptop", 110, 1110, Security.NONE,
                T0.plusMillis(2000), null, null),
                List.of(exchange("c2", 1, 2000, Direction.SERVER_TO_CLIENT, Layer.CLEARTEXT, ascii("+OK two\r\n"))));

        PcapReader capture = PcapReader.read(PcapExport.export(List.of(early, later)));

        List<String> data = capture.packets().stream().filter(p -> p.payload().length > 0)
                .map(p -> new String(p.payload(), StandardCharsets.US_ASCII).strip()).toList();
        assertThat(data).containsExactly("+OK one", "+OK two", "NOOP");
        TcpStreams.follow(capture);
    }

    @Test
    void putsTlsRecordsOnTheWireAndNeverTheDecryptedBytes() {
        byte[] record = {0x17, 0x03, 0x03, 0x00, 0x03, 0x5a, 0x2b, 0x11};
        var connection = connection("c1", "phone", 993, true,
                exchange("c1", 1, 0, Direction.CLIENT_TO_SERVER, Layer.TLS_RECORD, record),
                exchange("c1", 2, 0, Direction.CLIENT_TO_SERVER, Layer.DECRYPTED, ascii("a1 LOGIN alice secret\r\n")));

        Map<String, TcpStreams.Stream> streams = TcpStreams.follow(PcapReader.read(PcapExport.export(List.of(connection))));

        assertThat(streams.get("10.0.0.2:49152").fromClient().toByteArray()).isEqualTo(record);
        assertThat(streams.get("10.0.0.2:49152").serverPort()).isEqualTo(993);
    }

    @Test
    void theSameConnectionsGiveTheSameBytes() {
        List<TappedConnection> connections = List.of(imapLogin("c1", "phone", true), imapLogin("c2", "laptop", false));

        assertThat(PcapExport.export(connections)).isEqualTo(PcapExport.export(connections));
    }

    private static TappedConnection imapLogin(String id, String device, boolean closed) {
        return connection(id, device, 143, closed,
                exchange(id, 1, 0, Direction.SERVER_TO_CLIENT, Layer.CLEARTEXT, ascii("* OK IMAP4rev1 ready\r\n")),
                exchange(id, 2, 10, Direction.CLIENT_TO_SERVER, Layer.CLEARTEXT, ascii("a1 LOGIN alice secret\r\n")),
                exchange(id, 3, 20, Direction.SERVER_TO_CLIENT, Layer.CLEARTEXT, ascii("a1 OK LOGIN completed\r\n")));
    }

    private static TappedConnection connection(String id, String device, int port, boolean closed, Exchange... exchanges) {
        Instant end = T0.plusMillis(30);
        var info = new ConnectionInfo(id, device, port, port + 1000, Security.NONE, T0, closed ? end : null,
                closed ? "client sent LOGOUT" : null);
        return new TappedConnection(info, new ArrayList<>(List.of(exchanges)));
    }

    private static Exchange exchange(String id, long sequence, long millis, Direction direction, Layer layer, byte[] bytes) {
        TlsRecordType type = layer == Layer.TLS_RECORD ? TlsRecordType.ofCode(bytes[0]) : null;
        return new Exchange(id, sequence, T0.plusMillis(millis), direction, layer, type, bytes);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
