package org.mailsim.wire.pcap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small, strict reader of the captures {@link PcapExport} writes, written independently of it
 * for the tests: the libpcap global header, each record, and Ethernet II / IPv4 / TCP inside,
 * with both checksums verified by summing over the received header (a correct one sums to zero).
 */
record PcapReader(int magic, int versionMajor, int versionMinor, int snaplen, int linkType, List<Packet> packets) {

    /** One record, decoded. Addresses are dotted quads, flags the TCP control bits. */
    record Packet(long micros, int capturedLength, int originalLength, int etherType, String sourceMac,
                  int ipVersion, int ipHeaderLength, int ipTotalLength, int ipProtocol, int ttl,
                  boolean ipChecksumValid, String source, String target, int sourcePort, int targetPort,
                  long seq, long ack, int flags, int tcpHeaderLength, boolean tcpChecksumValid, byte[] payload) {

        boolean has(int flag) {
            return (flags & flag) != 0;
        }

        boolean fromServer() {
            return source.equals("10.0.0.1");
        }
    }

    static PcapReader read(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.BIG_ENDIAN);
        int magic = in.getInt();
        if (magic == 0xd4c3b2a1) {
            in.order(ByteOrder.LITTLE_ENDIAN);
        } else if (magic != 0xa1b2c3d4) {
            throw new IllegalArgumentException("not a microsecond libpcap file: " + Integer.toHexString(magic));
        }
        int major = in.getShort() & 0xffff;
        int minor = in.getShort() & 0xffff;
        in.getInt();
        in.getInt();
        int snaplen = in.getInt();
        int linkType = in.getInt();
        List<Packet> packets = new ArrayList<>();
        while (in.hasRemaining()) {
            long seconds = in.getInt() & 0xffff_ffffL;
            long micros = in.getInt() & 0xffff_ffffL;
            if (micros >= 1_000_000) throw new IllegalArgumentException("microseconds out of range: " + micros);
            int captured = in.getInt();
            int original = in.getInt();
            byte[] frame = new byte[captured];
            in.get(frame);
            packets.add(frame(seconds * 1_000_000 + micros, captured, original, frame));
        }
        return new PcapReader(magic, major, minor, snaplen, linkType, packets);
    }

    private static Packet frame(long micros, int captured, int original, byte[] frame) {
        ByteBuffer f = ByteBuffer.wrap(frame);
        f.position(6);
        byte[] mac = new byte[6];
        f.get(mac);
        int etherType = f.getShort() & 0xffff;
        int ip = 14;
        int versionAndIhl = frame[ip] & 0xff;
        int ihl = (versionAndIhl & 0x0f) * 4;
        int total = f.getShort(ip + 2) & 0xffff;
        int ttl = frame[ip + 8] & 0xff;
        int protocol = frame[ip + 9] & 0xff;
        boolean ipValid = onesComplementSum(frame, ip, ihl) == 0xffff;
        String source = dotted(frame, ip + 12);
        String target = dotted(frame, ip + 16);
        int tcp = ip + ihl;
        int tcpLength = total - ihl;
        int dataOffset = ((frame[tcp + 12] & 0xff) >>> 4) * 4;
        ByteArrayOutputStream pseudo = new ByteArrayOutputStream();
        pseudo.write(frame, ip + 12, 8);
        pseudo.writeBytes(new byte[] {0, (byte) protocol, (byte) (tcpLength >>> 8), (byte) tcpLength});
        pseudo.write(frame, tcp, tcpLength);
        byte[] covered = pseudo.toByteArray();
        boolean tcpValid = onesComplementSum(covered, 0, covered.length) == 0xffff;
        return new Packet(micros, captured, original, etherType, hex(mac), versionAndIhl >>> 4, ihl, total, protocol,
                ttl, ipValid, source, target, f.getShort(tcp) & 0xffff, f.getShort(tcp + 2) & 0xffff,
                f.getInt(tcp + 4) & 0xffff_ffffL, f.getInt(tcp + 8) & 0xffff_ffffL, frame[tcp + 13] & 0xff,
                dataOffset, tcpValid, Arrays.copyOfRange(frame, tcp + dataOffset, ip + total));
    }

    /** The folded 16-bit one's complement sum; 0xffff over data that includes its correct checksum. */
    private static int onesComplementSum(byte[] data, int from, int length) {
        long sum = 0;
        for (int i = from; i < from + length; i += 2) {
            sum += (data[i] & 0xff) << 8 | (i + 1 < from + length ? data[i + 1] & 0xff : 0);
        }
        while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
        return (int) sum;
    }

    private static String dotted(byte[] b, int at) {
        return (b[at] & 0xff) + "." + (b[at + 1] & 0xff) + "." + (b[at + 2] & 0xff) + "." + (b[at + 3] & 0xff);
    }

    private static String hex(byte[] mac) {
        StringBuilder s = new StringBuilder();
        for (byte b : mac) s.append(s.isEmpty() ? "" : ":").append(String.format("%02x", b));
        return s.toString();
    }
}
