package org.mailsim.scenario.device.imap;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a response into the parts of RFC 3501 §4 and §9: atoms and numbers as strings, quoted
 * strings unescaped, literals as their bytes, parenthesized lists as lists, NIL as null. A
 * FETCH item name keeps its section and partial: {@code BODY[HEADER.FIELDS (FROM)]<0>} is one
 * atom, spaces and all (§9 {@code msg-att-static}).
 */
final class ResponseTokens {
    private final byte[] bytes;
    private int at;

    private ResponseTokens(byte[] bytes, int at) {
        this.bytes = bytes;
        this.at = at;
    }

    static List<Object> parse(byte[] bytes, int from) {
        ResponseTokens reader = new ResponseTokens(bytes, from);
        return reader.list(false);
    }

    private List<Object> list(boolean nested) {
        List<Object> items = new ArrayList<>();
        while (at < bytes.length) {
            byte b = bytes[at];
            if (b == ' ') {
                at++;
            } else if (b == '\r' || b == '\n') {
                if (!nested) break;
                at++;
            } else if (b == '(') {
                at++;
                items.add(list(true));
            } else if (b == ')') {
                at++;
                if (nested) break;
            } else if (b == '"') {
                items.add(quoted());
            } else if (b == '{') {
                items.add(literal());
            } else {
                String atom = atom();
                items.add(atom.equalsIgnoreCase("NIL") ? null : atom);
            }
        }
        return items;
    }

    /** RFC 3501 §4.3 quoted string: backslash escapes only {@code "} and {@code \}. */
    private String quoted() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        at++;
        while (at < bytes.length && bytes[at] != '"') {
            if (bytes[at] == '\\' && at + 1 < bytes.length) at++;
            out.write(bytes[at++]);
        }
        at++;
        return out.toString(StandardCharsets.UTF_8);
    }

    /** RFC 3501 §4.3 literal: {n} CR LF then exactly n bytes. */
    private byte[] literal() {
        int close = indexOf((byte) '}', at);
        int size = Integer.parseInt(new String(bytes, at + 1, close - at - 1, StandardCharsets.US_ASCII).replace("+", ""));
        int start = close + 3; // past "}" CR LF
        at = start + size;
        return Arrays.copyOfRange(bytes, start, start + size);
    }

    private String atom() {
        int start = at;
        int depth = 0;
        while (at < bytes.length) {
            byte b = bytes[at];
            if (b == '[') depth++;
            else if (b == ']') depth--;
            else if (depth == 0 && (b == ' ' || b == '(' || b == ')' || b == '\r' || b == '\n')) break;
            at++;
        }
        return new String(bytes, start, at - start, StandardCharsets.UTF_8);
    }

    private int indexOf(byte b, int from) {
        for (int i = from; i < bytes.length; i++) if (bytes[i] == b) return i;
        return bytes.length;
    }
}
