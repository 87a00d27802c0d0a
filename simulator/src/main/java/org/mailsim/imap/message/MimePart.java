package org.mailsim.imap.message;

import java.util.Arrays;
import java.util.List;

/**
 * One entity of a message (RFC 2045 §2.4): where its header and body lie in the raw bytes, its
 * content type, and what it contains. A multipart entity has {@code children} (RFC 2046 §5.1);
 * a {@code message/rfc822} entity has the encapsulated {@code message} (RFC 2046 §5.2.1).
 *
 * <p>Offsets point into the message's bytes, so a part's size and line count are those of the
 * octets {@code BODY[n]} returns, whatever the part's transfer encoding.
 *
 * @param bytes       the whole message; shared, never written
 * @param start       first octet of this entity's header
 * @param bodyStart   first octet after the blank line that ends the header
 * @param end         offset just past the body
 * @param header      all header fields of this entity
 * @param mime        whether the Content-* fields count: always inside a multipart, and for a
 *                    message only when it has MIME-Version (RFC 2045 §4, as Dovecot does)
 * @param contentType the content type, defaults applied (RFC 2045 §5.2, RFC 2046 §5.1.5)
 * @param children    the body parts of a multipart, else empty
 * @param message     the encapsulated message of a message/rfc822 part, else null
 */
record MimePart(byte[] bytes, int start, int bodyStart, int end, HeaderBlock header, boolean mime,
                ContentType contentType, List<MimePart> children, MimePart message) {

    MimePart {
        children = List.copyOf(children);
    }

    /** The header fields that describe the content: none when the entity is not MIME. */
    HeaderBlock contentHeader() {
        return mime ? header : HeaderBlock.EMPTY;
    }

    boolean isMultipart() {
        return contentType.boundary().isPresent();
    }

    boolean isMessage() {
        return message != null;
    }

    /** Body size in octets (RFC 3501 §7.4.2 body-fld-octets). */
    int bodySize() {
        return end - bodyStart;
    }

    /** Body size in lines: the LF count, as Dovecot counts it (RFC 3501 §7.4.2 body-fld-lines). */
    int bodyLines() {
        int lines = 0;
        for (int i = bodyStart; i < end; i++) if (bytes[i] == '\n') lines++;
        return lines;
    }

    /** The header including the blank line that ends it. */
    byte[] headerBytes() {
        return Arrays.copyOfRange(bytes, start, bodyStart);
    }

    byte[] bodyBytes() {
        return Arrays.copyOfRange(bytes, bodyStart, end);
    }

    /** Header and body. */
    byte[] allBytes() {
        return Arrays.copyOfRange(bytes, start, end);
    }
}
