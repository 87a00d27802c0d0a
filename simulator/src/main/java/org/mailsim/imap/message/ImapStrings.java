package org.mailsim.imap.message;

import java.nio.charset.StandardCharsets;

/**
 * How IMAP writes a string in a response (RFC 3501 §4.3, §9 "string", "nstring", "astring"):
 * an atom when it can be, a quoted string when it has only 7-bit text without CR, LF, {@code "}
 * or {@code \} problems, and a literal {@code {n}CRLF…} otherwise. Responses containing a
 * literal must be sent with {@code Reply.Builder.raw}, as they contain CR LF.
 */
public final class ImapStrings {
    private ImapStrings() { }

    /** {@code NIL} for null, else {@link #string}. */
    public static String nstring(String value) {
        return value == null ? "NIL" : string(value);
    }

    /** A quoted string, or a literal when quoting cannot carry the text. */
    public static String string(String value) {
        if (needsLiteral(value)) return literal(value);
        return quoted(value);
    }

    /**
     * A header text meant for people (ENVELOPE subject and display names), written the way
     * Dovecot writes it: folding CR LF and tabs become spaces, runs of spaces become one, leading
     * and trailing spaces go. When that changed anything, or the text has {@code "}, {@code \}
     * or 8-bit characters, the result is sent as a literal rather than an escaped quoted string
     * (RFC 3501 §4.3 allows either; Dovecot chooses the literal).
     */
    public static String forHumans(String value) {
        String cleaned = value.replaceAll("[\\r\\n\\t ]+", " ").strip();
        if (cleaned.isEmpty()) return "\"\"";
        boolean special = cleaned.chars().anyMatch(c -> c == '"' || c == '\\' || c > 0x7e || c < 0x20);
        return cleaned.equals(value) && !special ? quoted(cleaned) : literal(cleaned);
    }

    /** An atom when the value is a valid atom, else {@link #string} (RFC 3501 §9 "astring"). */
    public static String astring(String value) {
        return isAtom(value) ? value : string(value);
    }

    /** {@code "text"} with {@code \} and {@code "} escaped. Callers check {@link #needsLiteral} first. */
    public static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') out.append('\\'); // RFC 3501 §9 quoted-specials
            out.append(c);
        }
        return out.append('"').toString();
    }

    /** {@code {n}CRLF} followed by the UTF-8 bytes of the value (n counts bytes, not chars). */
    public static String literal(String value) {
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        return "{" + bytes + "}\r\n" + value;
    }

    /** CR, LF, NUL and 8-bit characters cannot go in a quoted string (RFC 3501 §9 QUOTED-CHAR). */
    public static boolean needsLiteral(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == 0 || c > 0x7e) return true;
        }
        return false;
    }

    /** ATOM-CHAR: any CHAR except atom-specials: ( ) { SP CTL % * " \ ] (RFC 3501 §9). */
    public static boolean isAtom(String value) {
        if (value.isEmpty()) return false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= 0x20 || c >= 0x7f || "(){%*\"\\]".indexOf(c) >= 0) return false;
        }
        return true;
    }
}
