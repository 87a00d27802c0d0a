package org.mailsim.wire;

/**
 * The content type in the first byte of a TLS record header (RFC 8446 §5.1, RFC 5246 §6.2.1),
 * plus {@link #NOT_TLS} for bytes that arrived where a record was expected but are no record.
 */
public enum TlsRecordType {
    CHANGE_CIPHER_SPEC(20, "change cipher spec"),
    ALERT(21, "alert"),
    HANDSHAKE(22, "handshake"),
    APPLICATION_DATA(23, "application data"),
    /** Not a TLS record: a plaintext client on an implicit-TLS port, for example. */
    NOT_TLS(-1, "not TLS");

    private final int code;
    private final String label;

    TlsRecordType(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The content type byte, or -1 for {@link #NOT_TLS}. */
    public int code() {
        return code;
    }

    /** Words for transcripts: "handshake", "application data", … */
    public String label() {
        return label;
    }

    /** The type for a record header's first byte; {@link #NOT_TLS} for any other value. */
    public static TlsRecordType ofCode(int code) {
        for (TlsRecordType type : values()) if (type.code == code) return type;
        return NOT_TLS;
    }
}
