package org.mailsim.wire;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts one direction of a raw TLS byte stream into records by their 5-byte header, as an
 * eavesdropper would, also when a record arrives split across reads or several share one read:
 *
 * <pre>
 *   struct { ContentType type; ProtocolVersion legacy_record_version; uint16 length;
 *            opaque fragment[length]; } TLSPlaintext / TLSCiphertext     (RFC 8446 §5.1, RFC 5246 §6.2.1)
 * </pre>
 *
 * Bytes whose header is no TLS header (a plaintext {@code a1 LOGIN} on port 993) come out as one
 * {@link TlsRecordType#NOT_TLS} chunk, and so does everything after them: the stream has lost sync.
 */
final class TlsRecordSplitter {

    /** One record (or one run of non-TLS bytes) cut from the stream. */
    record Piece(TlsRecordType type, byte[] bytes) { }

    private static final int HEADER = 5;
    // RFC 8446 §5.1: a record may carry at most 2^14 bytes plus 256 of expansion; RFC 5246 allows 2048.
    private static final int MAX_FRAGMENT = (1 << 14) + 2048;

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean lostSync;

    /** Adds bytes from the wire; returns every record now complete. */
    List<Piece> add(byte[] bytes) {
        List<Piece> pieces = new ArrayList<>();
        if (lostSync) {
            if (bytes.length > 0) pieces.add(new Piece(TlsRecordType.NOT_TLS, bytes.clone()));
            return pieces;
        }
        pending.writeBytes(bytes);
        byte[] buffer = pending.toByteArray();
        int at = 0;
        while (buffer.length - at >= HEADER) {
            TlsRecordType type = TlsRecordType.ofCode(buffer[at] & 0xff);
            int major = buffer[at + 1] & 0xff;
            int length = ((buffer[at + 3] & 0xff) << 8) | (buffer[at + 4] & 0xff);
            if (type == TlsRecordType.NOT_TLS || major != 3 || length > MAX_FRAGMENT) {
                lostSync = true;
                pieces.add(new Piece(TlsRecordType.NOT_TLS, Arrays.copyOfRange(buffer, at, buffer.length)));
                at = buffer.length;
                break;
            }
            if (buffer.length - at < HEADER + length) break;
            pieces.add(new Piece(type, Arrays.copyOfRange(buffer, at, at + HEADER + length)));
            at += HEADER + length;
        }
        pending.reset();
        pending.write(buffer, at, buffer.length - at);
        return pieces;
    }

    /** What is left when the connection ends: an incomplete record, shown as not TLS. */
    List<Piece> finish() {
        if (pending.size() == 0) return List.of();
        byte[] rest = pending.toByteArray();
        pending.reset();
        return List.of(new Piece(TlsRecordType.NOT_TLS, rest));
    }
}
