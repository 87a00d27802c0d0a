package org.mailsim.wire.pcap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * A classic libpcap capture file being written: the 24-byte global header, then one record
 * header (time, lengths) and the frame per packet. All fields are written most significant byte
 * first; readers tell the byte order from the magic number. Format: the libpcap format
 * (https://wiki.wireshark.org/Development/LibpcapFileFormat; draft-ietf-opsawg-pcap,
 * "File Header" and "Packet Record").
 */
final class PcapFile {
    /** Microsecond timestamps; a reader sees a1 b2 c3 d4 in this byte order. */
    static final int MAGIC = 0xa1b2c3d4;
    static final int VERSION_MAJOR = 2;
    static final int VERSION_MINOR = 4;
    /** The most bytes kept of a packet; our frames never exceed 1514. */
    static final int SNAPLEN = 65535;
    /** LINKTYPE_ETHERNET: each record holds an Ethernet II frame. */
    static final int LINKTYPE_ETHERNET = 1;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    PcapFile() {
        ByteBuffer header = ByteBuffer.allocate(24);
        header.putInt(MAGIC).putShort((short) VERSION_MAJOR).putShort((short) VERSION_MINOR);
        header.putInt(0);                  // thiszone: timestamps are UTC
        header.putInt(0);                  // sigfigs: always 0
        header.putInt(SNAPLEN).putInt(LINKTYPE_ETHERNET);
        out.writeBytes(header.array());
    }

    /** Appends one packet record: seconds and microseconds since the epoch, captured and original length. */
    void add(Instant time, byte[] frame) {
        long seconds = time.getEpochSecond();
        if (seconds < 0 || seconds > 0xffff_ffffL) throw new IllegalArgumentException("outside the pcap time range: " + time);
        ByteBuffer record = ByteBuffer.allocate(16);
        record.putInt((int) seconds).putInt(time.getNano() / 1000);
        record.putInt(frame.length).putInt(frame.length);   // nothing is cut: frames are shorter than the snaplen
        out.writeBytes(record.array());
        out.writeBytes(frame);
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}
