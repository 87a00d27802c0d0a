package org.mailsim.wire;

/**
 * What an export shows of TLS records. By default a record is shown by direction and content type
 * only: that is all that stays the same from run to run. Ciphertext is fresh every time, and so
 * are some lengths: the ECDSA signature in the server's CertificateVerify is DER-encoded and its
 * length varies by a byte or two (RFC 8446 §4.4.3), and TLS 1.3 may pad records (RFC 8446 §5.4).
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
