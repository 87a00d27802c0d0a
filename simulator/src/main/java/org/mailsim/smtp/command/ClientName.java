package org.mailsim.smtp.command;

import org.mailsim.smtp.SmtpError;

/**
 * The argument of EHLO/HELO (RFC 5321 §4.1.1.1): a domain or an address literal. It ends up in
 * the {@code Received:} field, so only name characters are allowed; underscores are tolerated,
 * as many Windows hosts send them.
 */
final class ClientName {
    private ClientName() {
    }

    static String parse(SmtpArguments arguments, String usage) {
        String name = arguments.rest().trim();
        if (name.isEmpty() || name.length() > 255 || !name.matches("[A-Za-z0-9._-]+|\\[[A-Za-z0-9:.]+\\]")) {
            throw SmtpError.syntax(usage);
        }
        return name;
    }
}
