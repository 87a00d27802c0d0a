package org.mailsim.wire.pcap;

import java.nio.ByteBuffer;

/**
 * Wraps a {@link Segment} the way a host's network stack would: a TCP header (RFC 9293 §3.1)
 * inside an IPv4 packet (RFC 791 §3.1) inside an Ethernet II frame. Both checksums are computed,
 * so Wireshark with checksum validation turned on finds nothing to complain about.
 */
final class FrameEncoder {
    /** RFC 879, RFC 9293 §3.7.1: the MSS an Ethernet host announces (1500-byte MTU − 20 − 20). */
    static final int MSS = 1460;

    private static final int ETHERNET_HEADER = 14;
    private static final int IPV4_HEADER = 20;
    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int PROTOCOL_TCP = 6;
    private static final int TTL = 64;
    private static final int WINDOW = 65535;

    private FrameEncoder() {
    }

    /**
     * The Ethernet frame carrying one segment.
     *
     * @param identification  the IPv4 identification field, counted per sender by the caller
     */
    static byte[] frame(Segment segment, int identification) {
        byte[] tcp = tcp(segment);
        ByteBuffer frame = ByteBuffer.allocate(ETHERNET_HEADER + IPV4_HEADER + tcp.length);
        frame.put(segment.target().mac()).put(segment.source().mac()).putShort((short) ETHERTYPE_IPV4);
        frame.put(ipv4Header(segment, identification, tcp.length));
        frame.put(tcp);
        return frame.array();
    }

    /** RFC 791 §3.1: the 20-byte header, no options. */
    private static byte[] ipv4Header(Segment segment, int identification, int tcpLength) {
        ByteBuffer ip = ByteBuffer.allocate(IPV4_HEADER);
        ip.put((byte) 0x45);                                 // RFC 791 §3.1: version 4, IHL 5 words
        ip.put((byte) 0);                                    // type of service (DSCP and ECN today)
        ip.putShort((short) (IPV4_HEADER + tcpLength));      // RFC 791 §3.1: total length, header included
        ip.putShort((short) identification);
        ip.putShort((short) 0x4000);                         // RFC 791 §3.1: Don't Fragment, offset 0
        ip.put((byte) TTL);
        ip.put((byte) PROTOCOL_TCP);
        ip.putShort((short) 0);                              // checksum, filled in below
        ip.putInt(segment.source().address());
        ip.putInt(segment.target().address());
        byte[] header = ip.array();
        int checksum = InternetChecksum.of(header, 0, header.length); // RFC 791 §3.1: over the header only
        header[10] = (byte) (checksum >>> 8);
        header[11] = (byte) checksum;
        return header;
    }

    /** RFC 9293 §3.1: the TCP header (with an MSS option on SYNs, §3.7.1) and the data. */
    private static byte[] tcp(Segment segment) {
        boolean syn = (segment.flags() & Segment.SYN) != 0;
        int headerLength = syn ? 24 : 20;
        byte[] payload = segment.payload();
        ByteBuffer tcp = ByteBuffer.allocate(headerLength + payload.length);
        tcp.putShort((short) segment.source().port()).putShort((short) segment.target().port());
        tcp.putInt(segment.seq()).putInt(segment.ack());
        tcp.put((byte) (headerLength / 4 << 4));             // RFC 9293 §3.1: data offset in 32-bit words
        tcp.put((byte) segment.flags());
        tcp.putShort((short) WINDOW);
        tcp.putShort((short) 0);                             // checksum, filled in below
        tcp.putShort((short) 0);                             // urgent pointer: URG is never set
        if (syn) tcp.put((byte) 2).put((byte) 4).putShort((short) MSS); // RFC 9293 §3.2: option kind 2, MSS
        tcp.put(payload);
        byte[] bytes = tcp.array();
        int checksum = tcpChecksum(segment, bytes);
        bytes[16] = (byte) (checksum >>> 8);
        bytes[17] = (byte) checksum;
        return bytes;
    }

    /** RFC 9293 §3.1: the checksum covers a pseudo-header (addresses, protocol, length), then header and data. */
    static int tcpChecksum(Segment segment, byte[] tcp) {
        ByteBuffer covered = ByteBuffer.allocate(12 + tcp.length);
        covered.putInt(segment.source().address()).putInt(segment.target().address());
        covered.put((byte) 0).put((byte) PROTOCOL_TCP).putShort((short) tcp.length);
        covered.put(tcp);
        return InternetChecksum.of(covered.array(), 0, covered.capacity());
    }
}
