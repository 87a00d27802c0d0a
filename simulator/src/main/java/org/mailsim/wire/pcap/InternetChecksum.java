package org.mailsim.wire.pcap;

/**
 * The Internet checksum of RFC 1071 used by IPv4 (RFC 791 §3.1) and TCP (RFC 9293 §3.1): the
 * one's complement of the one's complement sum of the data as 16-bit words.
 */
final class InternetChecksum {

    private InternetChecksum() {
    }

    /** The checksum of {@code length} bytes from {@code offset}; an odd last byte is padded with a zero. */
    static int of(byte[] data, int offset, int length) {
        long sum = 0;
        int end = offset + length;
        for (int i = offset; i < end; i += 2) {
            int high = data[i] & 0xff;
            int low = i + 1 < end ? data[i + 1] & 0xff : 0;   // RFC 1071 §1: pad an odd byte count
            sum += high << 8 | low;
        }
        while (sum >>> 16 != 0) sum = (sum & 0xffff) + (sum >>> 16); // RFC 1071 §1: fold the carries back in
        return (int) ~sum & 0xffff;
    }
}
