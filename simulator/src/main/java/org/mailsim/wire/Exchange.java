package org.mailsim.wire;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One chunk of bytes seen on one connection, kept raw (CR and LF included).
 *
 * @param connectionId  the connection ("c1", …)
 * @param sequence      order of this exchange within its connection, from 1, across both directions
 * @param timestamp     when it was seen, from the wiretap's clock
 * @param direction     which way it went
 * @param layer         cleartext, one TLS record, or bytes decrypted from TLS
 * @param recordType    for {@link Layer#TLS_RECORD}: the record's content type; otherwise null
 * @param bytes         the bytes; for a TLS record the whole record, its 5-byte header included
 */
public record Exchange(
        String connectionId,
        long sequence,
        Instant timestamp,
        Direction direction,
        Layer layer,
        TlsRecordType recordType,
        byte[] bytes) {

    public Exchange {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(layer, "layer");
        if (sequence < 1) throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        if ((layer == Layer.TLS_RECORD) != (recordType != null)) {
            throw new IllegalArgumentException("a record type goes with the TLS_RECORD layer, and only there");
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

    /** The first {@code n} bytes (or fewer) as lower-case hex pairs separated by spaces. */
    public String firstBytesHex(int n) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(n, bytes.length));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Exchange e && e.connectionId.equals(connectionId) && e.sequence == sequence
                && e.timestamp.equals(timestamp) && e.direction == direction && e.layer == layer
                && e.recordType == recordType && Arrays.equals(e.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(connectionId, sequence, direction, layer) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return connectionId + "#" + sequence + " " + direction.prefix() + " " + layer
                + (recordType == null ? "" : " " + recordType) + " " + bytes.length + " bytes";
    }
}
