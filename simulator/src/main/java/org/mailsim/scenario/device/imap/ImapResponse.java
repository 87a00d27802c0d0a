package org.mailsim.scenario.device.imap;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One complete server response (RFC 3501 §2.2.2, §7) as the client read it: its bytes with every
 * literal joined in, so a FETCH carrying a message body is one response.
 *
 * @param tag    "*" for untagged data, "+" for a continuation request, else the command's tag
 * @param bytes  the whole response, CR LF and literals included
 */
public record ImapResponse(String tag, byte[] bytes) {
    // RFC 3501 §7.1: resp-cond-state = ("OK" / "NO" / "BAD") SP resp-text, resp-text = ["[" resp-text-code "]" SP] text
    private static final Pattern STATUS = Pattern.compile("^(OK|NO|BAD|BYE|PREAUTH)(?: \\[([^\\]]*)])?(?: (.*))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+) ([A-Za-z]+)\\b.*", Pattern.DOTALL);

    public ImapResponse {
        Objects.requireNonNull(tag, "tag");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The first line after the tag, without CR LF: "OK [UIDVALIDITY 3] UIDs valid", "3 EXISTS". */
    public String text() {
        String all = new String(bytes, StandardCharsets.UTF_8);
        int eol = all.indexOf("\r\n");
        String line = eol < 0 ? all : all.substring(0, eol);
        return line.length() > tag.length() ? line.substring(tag.length() + 1) : "";
    }

    public boolean untagged() {
        return tag.equals("*");
    }

    /** RFC 3501 §7.5: "+ " asks for the rest of a command (a literal, a SASL step, or IDLE's "+ idling"). */
    public boolean continuation() {
        return tag.equals("+");
    }

    /** OK, NO, BAD, BYE or PREAUTH, upper-case; empty for data responses. */
    public String status() {
        Matcher m = STATUS.matcher(text());
        return m.matches() ? m.group(1).toUpperCase(Locale.ROOT) : "";
    }

    /** The response code in brackets (RFC 3501 §7.1), e.g. "AUTHENTICATIONFAILED" or "UIDVALIDITY 3"; empty if none. */
    public String code() {
        Matcher m = STATUS.matcher(text());
        return m.matches() && m.group(2) != null ? m.group(2) : "";
    }

    /** The response code's name alone: "UIDVALIDITY". */
    public String codeName() {
        String code = code();
        int space = code.indexOf(' ');
        return (space < 0 ? code : code.substring(0, space)).toUpperCase(Locale.ROOT);
    }

    /** "n EXISTS", "n EXPUNGE", "n FETCH": the message number and the word, if this is one. */
    public Optional<Numbered> numbered() {
        if (!untagged()) return Optional.empty();
        Matcher m = NUMBERED.matcher(text());
        if (!m.matches()) return Optional.empty();
        return Optional.of(new Numbered(Integer.parseInt(m.group(1)), m.group(2).toUpperCase(Locale.ROOT)));
    }

    /** The data after the tag, tokenized (atoms, strings, literals, lists): for LIST, SEARCH, FETCH, CAPABILITY. */
    public List<Object> tokens() {
        return ResponseTokens.parse(bytes, tag.length() + 1);
    }

    /** RFC 3501 §7.3.1, §7.4.1, §7.4.2: an untagged response that starts with a message number. */
    public record Numbered(int number, String name) { }
}
