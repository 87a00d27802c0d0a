package org.mailsim.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts an IMAP line into its top-level pieces (RFC 3501 §4): atoms, quoted strings, parenthesised
 * lists and bracketed sections each stay one piece, so {@code BODY.PEEK[HEADER.FIELDS (FROM)]}
 * and {@code (\Seen \Flagged)} are one token each. Forgiving: an unclosed list (a FETCH response
 * cut off by a literal) runs to the end of the line.
 */
final class ImapTokens {

    /** RFC 3501 §9: sequence-set, including {@code *} and ranges. */
    static final Pattern SEQUENCE_SET = Pattern.compile("[0-9*]+(?::[0-9*]+)?(?:,[0-9*]+(?::[0-9*]+)?)*");
    /** RFC 3501 §4.3 and RFC 7888: {@code {n}} or {@code {n+}}. */
    static final Pattern LITERAL = Pattern.compile("\\{\\d+\\+?\\}");

    private ImapTokens() {
    }

    static List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                current.append(c);
                if (c == '\\' && i + 1 < text.length()) current.append(text.charAt(++i)); // RFC 3501 §4.3 quoted-specials
                else if (c == '"') quoted = false;
                continue;
            }
            if (c == ' ' && depth == 0) {
                if (!current.isEmpty()) tokens.add(current.toString());
                current.setLength(0);
                continue;
            }
            if (c == '"') quoted = true;
            else if (c == '(' || c == '[') depth++;
            else if ((c == ')' || c == ']') && depth > 0) depth--;
            current.append(c);
        }
        if (!current.isEmpty()) tokens.add(current.toString());
        return tokens;
    }

    /** The pieces inside a parenthesised list: {@code (A B)} gives A, B; an unclosed list works too. */
    static List<String> inner(String token) {
        if (!token.startsWith("(")) return List.of(token);
        int end = token.endsWith(")") && closes(token) ? token.length() - 1 : token.length();
        return split(token.substring(1, end));
    }

    /** Whether the last {@code )} of the token closes its first {@code (}. */
    private static boolean closes(String token) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (quoted) {
                if (c == '\\') i++;
                else if (c == '"') quoted = false;
            } else if (c == '"') quoted = true;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i == token.length() - 1;
        }
        return false;
    }

    /** Plain words for a sequence set: {@code 1:*} is "1 to the last", {@code 2,5} is "2, 5". */
    static String readSequenceSet(String set, boolean uid) {
        List<String> pieces = new ArrayList<>();
        for (String range : set.split(",")) {
            String[] ends = range.split(":");
            String from = ends[0].equals("*") ? "the last" : ends[0];
            pieces.add(ends.length == 1 ? from
                    : from + " to " + (ends[1].equals("*") ? "the last (*)" : ends[1]));
        }
        String which = String.join(", ", pieces);
        return uid ? "the messages with UIDs " + which + " (UIDs: permanent numbers)"
                : "messages " + which + " (sequence numbers: positions in the mailbox)";
    }

    /** An atom or quoted string without its quotes, for display. */
    static String unquote(String token) {
        return token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")
                ? token.substring(1, token.length() - 1) : token;
    }
}
