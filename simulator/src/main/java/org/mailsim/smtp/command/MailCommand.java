package org.mailsim.smtp.command;

import java.util.Locale;
import java.util.Optional;

import org.mailsim.net.Reply;
import org.mailsim.smtp.Envelope;
import org.mailsim.smtp.MailAddress;
import org.mailsim.smtp.SmtpError;
import org.mailsim.smtp.SmtpReply;
import org.mailsim.smtp.SmtpSession;

/**
 * {@code MAIL FROM:<reverse-path> [SIZE=n] [BODY=7BIT|8BITMIME]} — RFC 5321 §4.1.1.2: starts a
 * mail transaction. On submission ports (RFC 6409 §4.1) the client must first be under TLS and
 * logged in. SIZE (RFC 1870 §6) lets the server refuse a message that is too big before it is sent.
 */
final class MailCommand implements SmtpCommand {

    private static final String USAGE = "MAIL FROM:<address>";

    @Override
    public Reply execute(SmtpArguments arguments, SmtpSession session) {
        if (session.role().requiresAuth() && session.authenticated().isEmpty()) {
            if (!session.cleartextAuthAllowed()) {
                throw SmtpError.refused(530, "5.7.0", "Must issue a STARTTLS command first"); // RFC 3207 §4
            }
            throw SmtpError.refused(530, "5.7.0", "Authentication required");              // RFC 4954 §6
        }
        PathArgument argument = PathArgument.parse(arguments.rest(), "FROM:", USAGE);
        Optional<MailAddress> sender = Optional.empty();
        if (!argument.path().isEmpty()) {                                    // RFC 5321 §4.5.5: <> is a bounce
            sender = Optional.of(MailAddress.parse(argument.path()).orElseThrow(() -> SmtpError.syntax(USAGE)));
        }
        long size = 0;
        boolean eightBit = false;
        for (String parameter : argument.parameters()) {
            String upper = parameter.toUpperCase(Locale.ROOT);
            if (upper.startsWith("SIZE=") && upper.substring(5).matches("[0-9]{1,18}")) {
                size = Long.parseLong(upper.substring(5));
                if (size > session.settings().maxMessageSize()) {            // RFC 1870 §6.1
                    throw SmtpError.refused(552, "5.3.4", "Message size exceeds fixed limit");
                }
            } else if (upper.equals("BODY=8BITMIME") || upper.equals("BODY=7BIT")) { // RFC 6152 §3
                eightBit = upper.equals("BODY=8BITMIME");
            } else if (upper.startsWith("AUTH=") && session.role().requiresAuth()) {
                // RFC 4954 §5: the original submitter; accepted and not used
            } else {
                throw SmtpError.bad(555, "5.5.4", "Unsupported option in MAIL FROM"); // RFC 5321 §4.1.1.11
            }
        }
        session.envelope(Envelope.from(sender, size, eightBit));
        return SmtpReply.of(250, "2.1.0", "Ok").reply();
    }
}
