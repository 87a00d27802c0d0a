package org.mailsim.explain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * IMAP's modified UTF-7 for mailbox names (RFC 3501 §5.1.3): printable ASCII stands for itself,
 * except {@code &}, written {@code &-}; any other run of characters is UTF-16 in modified base64
 * ({@code ,} in place of {@code /}, no padding) between {@code &} and {@code -}. So
 * {@code Entw&APw-rfe} is "Entwürfe" and {@code &ZeVnLIqe-} is "日本語".
 */
final class ModifiedUtf7 {
    private ModifiedUtf7() { }

    /** True when the name holds an encoded run (or {@code &-}), so decoding it shows something new. */
    static boolean encoded(String name) {
        return name.contains("&");
    }

    /** The name in Unicode, or empty when it is not valid modified UTF-7. */
    static Optional<String> decode(String name) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c != '&') {
                if (c < 0x20 || c > 0x7e) return Optional.empty(); // only printable US-ASCII may stand for itself
                out.append(c);
                i++;
                continue;
            }
            int end = name.indexOf('-', i + 1);
            if (end < 0) return Optional.empty();
            if (end == i + 1) {
                out.append('&'); // "&-" is "&"
            } else {
                String b64 = name.substring(i + 1, end).replace(',', '/');
                if (!b64.matches("[A-Za-z0-9+/]+")) return Optional.empty();
                byte[] utf16;
                try {
                    utf16 = Base64.getDecoder().decode(b64 + "==".substring(0, (4 - b64.length() % 4) % 4));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
                if (utf16.length % 2 != 0) return Optional.empty();
                out.append(new String(utf16, StandardCharsets.UTF_16BE));
            }
            i = end + 1;
        }
        return Optional.of(out.toString());
    }
}
