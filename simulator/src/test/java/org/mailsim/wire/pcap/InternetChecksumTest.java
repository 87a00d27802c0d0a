package org.mailsim.wire.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InternetChecksumTest {

    @Test
    void matchesTheWorkedExampleOfRfc1071() {
        // RFC 1071 §3: the words 0001 f203 f4f5 f6f7 sum to ddf2 once the carry is folded in.
        byte[] data = {0x00, 0x01, (byte) 0xf2, 0x03, (byte) 0xf4, (byte) 0xf5, (byte) 0xf6, (byte) 0xf7};

        assertThat(InternetChecksum.of(data, 0, data.length)).isEqualTo(~0xddf2 & 0xffff);
    }

    @Test
    void padsAnOddLastByteWithZero() {
        byte[] odd = {0x12, 0x34, 0x56};
        byte[] padded = {0x12, 0x34, 0x56, 0x00};

        assertThat(InternetChecksum.of(odd, 0, 3)).isEqualTo(InternetChecksum.of(padded, 0, 4)).isEqualTo(~0x6834 & 0xffff);
    }

    @Test
    void givesZeroOverDataThatEndsInItsOwnChecksum() {
        byte[] data = {0x45, 0x00, 0x00, 0x28, 0x00, 0x00, 0x00, 0x00};
        int checksum = InternetChecksum.of(data, 0, data.length);
        byte[] withChecksum = {0x45, 0x00, 0x00, 0x28, 0x00, 0x00, 0x00, 0x00, (byte) (checksum >>> 8), (byte) checksum};

        assertThat(InternetChecksum.of(withChecksum, 0, withChecksum.length)).isZero();
    }
}
