package org.mailsim.wire;

/** What an {@link Exchange} shows: bytes on a cleartext link, TLS records, or what TLS carried. */
public enum Layer {
    /** Protocol bytes on a connection without TLS: what anyone on the path can read. */
    CLEARTEXT,
    /** One record as it crossed the wire under TLS (RFC 8446 §5.1): all an eavesdropper sees. */
    TLS_RECORD,
    /** The protocol bytes carried inside TLS application data, as the endpoints see them. */
    DECRYPTED
}
