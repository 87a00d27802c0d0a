package org.mailsim.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One item of a {@link Transcript}: a protocol line (its CR LF kept), an IMAP literal's bytes,
 * a run of binary bytes where a line was expected, or a TLS record as an eavesdropper sees it.
 *
 * @param sequence    the sequence number of the exchange the item starts in
 * @param direction   which way it went
 * @param kind        what it is
 * @param layer       the layer of the exchange it starts in (cleartext, decrypted, TLS record)
 * @param recordType  for {@link Kind#TLS_RECORD}: the record's content type; otherwise null
 * @param bytes       the item's bytes, raw
 */
public record TranscriptItem(long sequence, Direction direction, Kind kind, Layer layer,
                             TlsRecordType recordType, byte[] bytes) {

    public enum Kind {
        /** A protocol line, CR LF included (the last line may lack it when the link closed). */
        LINE,
        /** IMAP literal data announced by {@code {n}} at the end of the previous line (RFC 3501 §4.3). */
        LITERAL,
        /** Bytes that are not text where a line was expected, such as a TLS ClientHello on port 143. */
        BINARY,
        /** One TLS record. */
        TLS_RECORD
    }

    public TranscriptItem {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(layer, "layer");
        if ((kind == Kind.TLS_RECORD) != (recordType != null)) {
            throw new IllegalArgumentException("a record type goes with TLS_RECORD items, and only there");
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    /** The bytes as UTF-8 text with a trailing CR LF (or LF) removed. */
    public String text() {
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\n') end--;
        if (end > 0 && bytes[end - 1] == '\r') end--;
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /** The bytes as lower-case hex pairs, {@code limit} bytes at most. */
    public String hex(int limit) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(limit, bytes.length));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TranscriptItem t && t.sequence == sequence && t.direction == direction
                && t.kind == kind && t.layer == layer && t.recordType == recordType && Arrays.equals(t.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, direction, kind, layer) * 31 + Arrays.hashCode(bytes);
    }
}
