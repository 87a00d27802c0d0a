package org.mailsim.smtp.command;

import java.util.Locale;

import org.mailsim.smtp.SmtpError;

/**
 * One command line (RFC 5321 §4.1.1): a verb of letters, case-insensitive, then its arguments.
 *
 * @param verb  upper case
 * @param rest  everything after the verb and one space, trailing spaces removed
 */
public record SmtpArguments(String verb, String rest) {

    public SmtpArguments {
        if (!verb.matches("[A-Z]{1,16}")) throw new IllegalArgumentException("not an SMTP verb");
    }

    public static SmtpArguments parse(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                throw SmtpError.bad(500, "5.5.2", "Error: control characters are not allowed in a command");
            }
        }
        int space = line.indexOf(' ');
        String verb = space < 0 ? line : line.substring(0, space);
        if (!verb.matches("[A-Za-z]{1,16}")) throw SmtpError.bad(500, "5.5.2", "Error: command not recognized");
        String rest = space < 0 ? "" : line.substring(space + 1).stripTrailing();
        return new SmtpArguments(verb.toUpperCase(Locale.ROOT), rest);
    }

    public boolean hasArguments() {
        return !rest.isBlank();
    }

    /** For commands that take none: {@code 501 5.5.4} otherwise. */
    public void requireNone(String usage) {
        if (hasArguments()) throw SmtpError.syntax(usage);
    }
}
