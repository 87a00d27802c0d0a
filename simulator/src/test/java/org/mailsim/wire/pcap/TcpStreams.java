package org.mailsim.wire.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Follows every TCP connection of a capture the way a receiver would, checking as it goes that
 * each segment's checksums are valid, its sequence number is the one expected next from its
 * sender and its acknowledgement covers all the other side sent (RFC 9293 §3.4), and that times
 * strictly increase; it collects each side's data in order.
 */
final class TcpStreams {

    /** The bytes each side of one connection sent, in sequence order. */
    record Stream(String client, int serverPort, ByteArrayOutputStream fromClient, ByteArrayOutputStream fromServer) {
    }

    private TcpStreams() {
    }

    /** The streams by the client's address and port ("10.0.0.2:49152"), in order of the SYNs. */
    static Map<String, Stream> follow(PcapReader capture) {
        Map<String, Stream> streams = new LinkedHashMap<>();
        Map<String, Long> nextSeq = new LinkedHashMap<>();
        long lastMicros = -1;
        for (PcapReader.Packet p : capture.packets()) {
            assertThat(p.micros()).as("times strictly increase").isGreaterThan(lastMicros);
            lastMicros = p.micros();
            assertThat(p.ipChecksumValid()).as("IPv4 header checksum").isTrue();
            assertThat(p.tcpChecksumValid()).as("TCP checksum").isTrue();
            assertThat(p.capturedLength()).isEqualTo(p.originalLength()).isEqualTo(14 + p.ipTotalLength());
            String self = p.source() + ":" + p.sourcePort();
            String peer = p.target() + ":" + p.targetPort();
            String client = p.fromServer() ? peer : self;
            String sending = client + (p.fromServer() ? " server" : " client");
            String receiving = client + (p.fromServer() ? " client" : " server");
            if (p.has(Segment.SYN) && !p.has(Segment.ACK)) {
                assertThat(streams).as("one SYN per connection").doesNotContainKey(client);
                streams.put(client, new Stream(client, p.targetPort(), new ByteArrayOutputStream(), new ByteArrayOutputStream()));
                nextSeq.put(sending, p.seq());
            }
            if (p.has(Segment.SYN) && p.has(Segment.ACK)) nextSeq.put(sending, p.seq());
            assertThat(streams).as("a segment of a connection that began with a SYN").containsKey(client);
            assertThat(p.seq()).as("seq of " + self).isEqualTo(nextSeq.get(sending));
            if (p.has(Segment.ACK)) assertThat(p.ack()).as("ack from " + self).isEqualTo(nextSeq.get(receiving));
            Stream stream = streams.get(client);
            (p.fromServer() ? stream.fromServer() : stream.fromClient()).writeBytes(p.payload());
            long consumed = p.payload().length + (p.has(Segment.SYN) ? 1 : 0) + (p.has(Segment.FIN) ? 1 : 0);
            nextSeq.put(sending, (p.seq() + consumed) & 0xffff_ffffL);
        }
        return streams;
    }
}
