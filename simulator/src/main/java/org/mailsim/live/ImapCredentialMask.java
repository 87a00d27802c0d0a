package org.mailsim.live;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IMAP's secrets: the password of {@code LOGIN} (RFC 3501 §6.2.3) and every client line of an
 * {@code AUTHENTICATE} exchange (§6.2.2), its SASL-IR initial response included (RFC 4959).
 * LOGIN's arguments are astrings (§9): an atom, a quoted string, or a literal (§4.3), which
 * arrives as an item of its own after the line that announced it; the command then goes on in
 * the next client line. Both commands end with their tagged response (§7.1).
 */
final class ImapCredentialMask implements CredentialMask {
    private static final Pattern COMMAND = Pattern.compile("^(\\S+) (LOGIN|AUTHENTICATE)(?= |$)", Pattern.CASE_INSENSITIVE);
    // RFC 3501 §4.3 and RFC 7888: "{n}" or "{n+}" ends the line that announces a literal.
    private static final Pattern LITERAL = Pattern.compile("\\{\\d{1,10}\\+?}");
    private static final Pattern LITERAL_AT_END = Pattern.compile("\\{\\d{1,10}\\+?}$");

    private String tag;             // the LOGIN or AUTHENTICATE awaiting its tagged response, or null
    private SaslExchange sasl;      // during AUTHENTICATE
    private int nextArgument;       // LOGIN: 0 = the user name comes next, 1 = the password
    private int literalArgument = -1; // LOGIN: the argument the client's next literal is, or -1
    private boolean continued;      // LOGIN: a literal was sent and the command goes on in the next line
    private String user;
    private String account;

    @Override
    public String clientLine(String line) {
        if (sasl != null) return sasl.response(line); // RFC 3501 §6.2.2: each line answers a "+" request
        if (continued) {
            continued = false;
            return loginArguments(line, 0);
        }
        Matcher command = COMMAND.matcher(line);
        if (!command.find()) return line;
        tag = command.group(1);
        user = null;
        if (command.group(2).equalsIgnoreCase("LOGIN")) {
            nextArgument = 0;
            return loginArguments(line, command.end());
        }
        // AUTHENTICATE mechanism [SP initial-response]
        String[] words = line.substring(command.end()).strip().split(" ", 2);
        sasl = new SaslExchange(words[0]);
        if (words.length < 2) return line;
        return line.substring(0, line.length() - words[1].length()) + sasl.response(words[1]);
    }

    /** Copies LOGIN's arguments from {@code from} on, the password (and anything after it) hidden. */
    private String loginArguments(String line, int from) {
        StringBuilder shown = new StringBuilder(line.substring(0, from));
        int at = from;
        while (at < line.length()) {
            if (line.charAt(at) == ' ') {
                shown.append(' ');
                at++;
                continue;
            }
            Matcher literal = LITERAL.matcher(line).region(at, line.length());
            if (literal.matches()) {
                literalArgument = nextArgument++;
                return shown.append(line, at, line.length()).toString();
            }
            int end = line.charAt(at) == '"' ? quotedEnd(line, at) : atomEnd(line, at);
            if (nextArgument == 0) user = unquote(line.substring(at, end));
            shown.append(nextArgument >= 1 ? HIDDEN : line.substring(at, end));
            nextArgument++;
            at = end;
        }
        // A literal glued to a token ("pass{5}") is no astring, yet the server still reads a literal: hide it too.
        if (LITERAL_AT_END.matcher(line).find()) literalArgument = nextArgument;
        return shown.toString();
    }

    @Override
    public String clientLiteral(String text) {
        int argument = literalArgument;
        if (argument < 0) return text; // APPEND's message, say: nothing secret
        literalArgument = -1;
        continued = true;
        if (argument == 0) {
            user = text;
            return text;
        }
        return HIDDEN;
    }

    @Override
    public void serverLine(String line) {
        if (tag == null || !line.startsWith(tag + " ")) return; // untagged data and "+" requests change nothing
        boolean ok = line.regionMatches(true, tag.length() + 1, "OK", 0, 2);
        String who = sasl != null ? sasl.user().orElse(null) : user;
        if (ok && who != null) account = who;
        tag = null;
        sasl = null;
        literalArgument = -1;
        continued = false;
    }

    @Override
    public Optional<String> account() {
        return Optional.ofNullable(account);
    }

    /** The end of a quoted string (RFC 3501 §9 quoted, with \" and \\); the line's end if it never closes. */
    private static int quotedEnd(String line, int start) {
        for (int i = start + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') i++;
            else if (c == '"') return i + 1;
        }
        return line.length();
    }

    private static int atomEnd(String line, int start) {
        int space = line.indexOf(' ', start);
        return space < 0 ? line.length() : space;
    }

    private static String unquote(String token) {
        if (token.length() < 2 || !token.startsWith("\"") || !token.endsWith("\"")) return token;
        return token.substring(1, token.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
