package org.mailsim.smtp.command;

import org.mailsim.net.Reply;
import org.mailsim.smtp.SmtpReply;
import org.mailsim.smtp.SmtpSession;

/**
 * {@code HELO domain} — RFC 5321 §4.1.1.1: the old greeting, for clients that know no
 * extensions. One line back, no extension list; AUTH and STARTTLS need EHLO.
 */
final class HeloCommand implements SmtpCommand {
    @Override
    public Reply execute(SmtpArguments arguments, SmtpSession session) {
        session.greeted(ClientName.parse(arguments, "HELO hostname"), false);
        return SmtpReply.of(250, "", session.context().hostname()).reply();
    }
}
