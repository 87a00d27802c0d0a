package org.mailsim.scenario.device.imap;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.mailsim.imap.parse.ModifiedUtf7;

/** Writing arguments as RFC 3501 §4.3 and §9 want them: quoted strings, literals, mailbox names. */
final class Strings {
    private Strings() { }

    /** A quoted string, {@code "} and {@code \} escaped; callers send only text without CR, LF or 8-bit bytes. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** True when {@code text} can be sent quoted: 7-bit, no CR or LF (RFC 3501 §9 QUOTED-CHAR). */
    static boolean quotable(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    /** A string argument as command parts: quoted if it can be, else a literal of its UTF-8 bytes. */
    static List<Object> string(String text) {
        return quotable(text) ? List.of(quoted(text)) : List.of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A mailbox name (RFC 3501 §5.1.3: modified UTF-7), as an atom when it is one, else quoted. */
    static String mailbox(String name) {
        String wire = ModifiedUtf7.encode(name);
        return wire.matches("[A-Za-z0-9._&/-]+") ? wire : quoted(wire);
    }

    /** A mailbox name as the server wrote it in LIST, decoded for the screen. */
    static String mailboxFromWire(String wire) {
        return ModifiedUtf7.decode(wire);
    }
}
