package org.mailsim.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TlsRecordSplitterTest {

    private static byte[] record(int type, int length) {
        return TlsRecords.record(type, length);
    }

    private static byte[] join(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    @Test
    void cutsSeveralRecordsOutOfOneRead() {
        var splitter = new TlsRecordSplitter();
        var pieces = splitter.add(join(record(22, 90), record(20, 1), record(23, 300)));
        assertThat(pieces).extracting(TlsRecordSplitter.Piece::type).containsExactly(
                TlsRecordType.HANDSHAKE, TlsRecordType.CHANGE_CIPHER_SPEC, TlsRecordType.APPLICATION_DATA);
        assertThat(pieces).extracting(p -> p.bytes().length).containsExactly(95, 6, 305);
    }

    @Test
    void joinsARecordSplitAcrossReadsEvenInsideItsHeader() {
        var splitter = new TlsRecordSplitter();
        byte[] whole = join(record(23, 40), record(21, 2));
        List<TlsRecordSplitter.Piece> pieces = new ArrayList<>();
        pieces.addAll(splitter.add(java.util.Arrays.copyOfRange(whole, 0, 3)));
        assertThat(pieces).isEmpty();
        pieces.addAll(splitter.add(java.util.Arrays.copyOfRange(whole, 3, 30)));
        assertThat(pieces).isEmpty();
        pieces.addAll(splitter.add(java.util.Arrays.copyOfRange(whole, 30, whole.length)));
        assertThat(pieces).extracting(TlsRecordSplitter.Piece::type)
                .containsExactly(TlsRecordType.APPLICATION_DATA, TlsRecordType.ALERT);
        assertThat(splitter.finish()).isEmpty();
    }

    @Test
    void plaintextWhereARecordShouldBeIsNotTlsAndSoIsEverythingAfter() {
        var splitter = new TlsRecordSplitter();
        var pieces = splitter.add("a1 LOGIN alice secret\r\n".getBytes());
        assertThat(pieces).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(TlsRecordType.NOT_TLS);
            assertThat(new String(p.bytes())).isEqualTo("a1 LOGIN alice secret\r\n");
        });
        assertThat(splitter.add(record(22, 4))).extracting(TlsRecordSplitter.Piece::type)
                .containsExactly(TlsRecordType.NOT_TLS);
    }

    @Test
    void anIncompleteRecordAtTheEndIsReportedAsNotTls() {
        var splitter = new TlsRecordSplitter();
        assertThat(splitter.add(java.util.Arrays.copyOf(record(22, 100), 50))).isEmpty();
        assertThat(splitter.finish()).singleElement().satisfies(p -> assertThat(p.bytes()).hasSize(50));
    }
}
