package org.mailsim.wire;

import java.util.EnumMap;
import java.util.Map;

/**
 * The wiretap's probe on one connection: the transport reports every chunk here. Cleartext and
 * decrypted bytes are recorded as they come; raw bytes under TLS are cut into records first.
 */
public final class ConnectionTap {

    private final Wiretap wiretap;
    private final String id;
    private final Map<Direction, TlsRecordSplitter> splitters = new EnumMap<>(Direction.class);

    ConnectionTap(Wiretap wiretap, String id) {
        this.wiretap = wiretap;
        this.id = id;
        for (Direction d : Direction.values()) splitters.put(d, new TlsRecordSplitter());
    }

    public String connectionId() {
        return id;
    }

    /** Protocol bytes on a link without TLS. */
    public void cleartext(Direction direction, byte[] bytes) {
        if (bytes.length > 0) wiretap.record(id, direction, Layer.CLEARTEXT, null, bytes);
    }

    /** Raw bytes on the wire while TLS runs: recorded record by record. */
    public void tlsWire(Direction direction, byte[] bytes) {
        for (TlsRecordSplitter.Piece piece : splitters.get(direction).add(bytes)) {
            wiretap.record(id, direction, Layer.TLS_RECORD, piece.type(), piece.bytes());
        }
    }

    /** Protocol bytes the TLS layer decrypted (or is about to encrypt). */
    public void decrypted(Direction direction, byte[] bytes) {
        if (bytes.length > 0) wiretap.record(id, direction, Layer.DECRYPTED, null, bytes);
    }

    /** The connection ended; the first reason given is kept. */
    public void closed(String reason) {
        for (Direction d : Direction.values()) {
            for (TlsRecordSplitter.Piece piece : splitters.get(d).finish()) {
                wiretap.record(id, d, Layer.TLS_RECORD, piece.type(), piece.bytes());
            }
        }
        wiretap.close(id, reason);
    }
}
