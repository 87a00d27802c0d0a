package org.mailsim.imap.parse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Mailbox names on the wire (RFC 3501 §5.1.3): printable ASCII stands for itself, {@code &} is
 * written {@code &-}, and any other text is UTF-16 in a modified base64 between {@code &} and
 * {@code -} ({@code ,} instead of {@code /}, no padding). So "Entwürfe" travels as
 * {@code Entw&APw-rfe}. The store keeps names as Unicode text; only the wire is encoded.
 */
public final class ModifiedUtf7 {
    private ModifiedUtf7() { }

    public static String encode(String name) {
        StringBuilder out = new StringBuilder(name.length());
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '&') {
                out.append("&-");
                i++;
            } else if (c >= 0x20 && c <= 0x7e) {
                out.append(c);
                i++;
            } else {
                int end = i;
                while (end < name.length() && (name.charAt(end) < 0x20 || name.charAt(end) > 0x7e)) end++;
                byte[] utf16 = name.substring(i, end).getBytes(StandardCharsets.UTF_16BE);
                out.append('&').append(Base64.getEncoder().withoutPadding().encodeToString(utf16).replace('/', ',')).append('-');
                i = end;
            }
        }
        return out.toString();
    }

    /**
     * The Unicode name; text that is not ASCII already is taken as it is (lenient, as many servers).
     *
     * @throws InvalidMailboxName for an unterminated or malformed {@code &…-} run
     */
    public static String decode(String wire) {
        StringBuilder out = new StringBuilder(wire.length());
        int i = 0;
        while (i < wire.length()) {
            char c = wire.charAt(i);
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            int end = wire.indexOf('-', i + 1);
            if (end < 0) throw new InvalidMailboxName();
            if (end == i + 1) {
                out.append('&');
            } else {
                out.append(utf16(wire.substring(i + 1, end)));
            }
            i = end + 1;
        }
        return out.toString();
    }

    private static String utf16(String base64) {
        try {
            byte[] bytes = Base64.getDecoder().decode(base64.replace(',', '/'));
            if (bytes.length % 2 != 0) throw new InvalidMailboxName();
            return StandardCharsets.UTF_16BE.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
            throw new InvalidMailboxName();
        }
    }
}
