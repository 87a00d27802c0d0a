package org.mailsim.pop3.command;

import java.util.List;
import java.util.Locale;

import org.mailsim.pop3.Pop3Error;

/**
 * One command line, parsed (RFC 1939 §3): a keyword of three or four characters, then
 * arguments separated by single spaces.
 *
 * @param verb       the keyword, upper case
 * @param arguments  the space-separated arguments
 * @param rest       everything after the keyword and its space (PASS takes spaces as part of the password)
 */
public record Pop3Arguments(String verb, List<String> arguments, String rest) {

    public Pop3Arguments {
        if (!verb.matches("[A-Z]{3,4}")) throw new IllegalArgumentException("not a POP3 keyword");
        arguments = List.copyOf(arguments);
    }

    public static Pop3Arguments parse(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 || c == 0x7F) throw Pop3Error.bad("control characters are not allowed in a command");
        }
        int space = line.indexOf(' ');
        String keyword = space < 0 ? line : line.substring(0, space);
        String rest = space < 0 ? "" : line.substring(space + 1);
        // RFC 1939 §3: "Keywords are three or four characters long"; case-insensitive.
        if (!keyword.matches("[A-Za-z]{3,4}")) throw Pop3Error.bad("unknown command");
        List<String> arguments = rest.isBlank() ? List.of() : List.of(rest.trim().split(" +"));
        return new Pop3Arguments(keyword.toUpperCase(Locale.ROOT), arguments, rest);
    }

    public int count() {
        return arguments.size();
    }

    public String get(int index) {
        return arguments.get(index);
    }

    /** Argument {@code index} as a message number, "a positive decimal integer" (RFC 1939 §3 wording in §5). */
    public int messageNumber(int index) {
        return number(index, "message number");
    }

    /** Argument {@code index} as a non-negative number (TOP's line count). */
    public int number(int index, String what) {
        String text = arguments.get(index);
        if (!text.matches("[0-9]{1,9}")) throw Pop3Error.bad(what + " must be a number");
        return Integer.parseInt(text);
    }
}
