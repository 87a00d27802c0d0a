package org.mailsim.net;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One line as the client sent it, without its line ending. Kept as bytes because mail is
 * 8-bit (RFC 6152) and SMTP DATA must arrive unchanged; {@link #text()} decodes it for commands.
 *
 * @param bytes          the line, without CR LF
 * @param endedWithCrlf  false when the line ended with a bare LF (RFC 5321 §2.3.8 forbids it in
 *                       SMTP; IMAP and POP3 engines may be lenient)
 */
public record Line(byte[] bytes, boolean endedWithCrlf) {

    public Line {
        bytes = bytes.clone();
    }

    public static Line of(String text) {
        return new Line(text.getBytes(StandardCharsets.UTF_8), true);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    /** The line as text (UTF-8; bytes that are not UTF-8 become U+FFFD). */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Line l && l.endedWithCrlf == endedWithCrlf && Arrays.equals(l.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) * 31 + Boolean.hashCode(endedWithCrlf);
    }

    @Override
    public String toString() {
        return text();
    }
}
