package org.mailsim.wire;

/**
 * What an export shows of TLS records. By default a record is shown by direction and content type
 * only: that is all that stays the same from run to run, because TLS 1.3 pads records and the
 * handshake carries fresh randomness (RFC 8446 §5.4), so ciphertext and even some lengths vary.
 *
 * @param tlsRecordLengths  also show each record's length in bytes
 * @param tlsRecordBytes    also show each record's bytes in hex (never repeatable between runs)
 */
public record ExportOptions(boolean tlsRecordLengths, boolean tlsRecordBytes) {

    /** Type and direction only: repeatable exports, fit for golden files. */
    public static final ExportOptions DETERMINISTIC = new ExportOptions(false, false);

    /** Everything, for a live capture. */
    public static final ExportOptions FULL = new ExportOptions(true, true);
}
