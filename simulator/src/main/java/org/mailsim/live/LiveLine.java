package org.mailsim.live;

import java.util.Objects;

import org.mailsim.wire.Direction;
import org.mailsim.wire.Layer;
import org.mailsim.wire.TlsRecordType;
import org.mailsim.wire.TranscriptItem.Kind;

/**
 * One item of a live connection's exchange: a protocol line, an IMAP literal, a run of binary
 * bytes, or a TLS record. Secrets are hidden in {@code text}; the text as sent is kept beside it
 * for the reveal toggle.
 *
 * @param sequence    the sequence number of the exchange the item starts in
 * @param direction   which way it went
 * @param kind        what it is
 * @param layer       {@link Layer#CLEARTEXT}, {@link Layer#DECRYPTED} (it travelled inside TLS) or {@link Layer#TLS_RECORD}
 * @param recordType  for a TLS record its content type, otherwise null
 * @param length      its size in bytes (CR LF included)
 * @param text        a line or literal without its line end, each secret shown as {@link CredentialMask#HIDDEN};
 *                    the first bytes in hex for a binary run; empty for a TLS record
 * @param revealed    the text as sent when {@code text} hides a secret, otherwise null
 */
public record LiveLine(long sequence, Direction direction, Kind kind, Layer layer, TlsRecordType recordType, int length,
                       String text, String revealed) {

    public LiveLine {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(text, "text");
    }

    /** True when the line carries a password or SASL payload, hidden in {@link #text}. */
    public boolean masked() {
        return revealed != null;
    }

    /** The text to show: with secrets hidden, unless {@code reveal} asks for them. */
    public String shown(boolean reveal) {
        return reveal && revealed != null ? revealed : text;
    }

    /** The characters it keeps in memory, for {@link LiveLimits}. */
    int chars() {
        return text.length() + (revealed == null ? 0 : revealed.length());
    }
}
