package org.mailsim.smtp.command;

import org.mailsim.net.Reply;
import org.mailsim.smtp.SmtpReply;
import org.mailsim.smtp.SmtpSession;

/** {@code RSET} — RFC 5321 §4.1.1.5: abandons the mail transaction; the EHLO still stands. */
final class RsetCommand implements SmtpCommand {
    @Override
    public Reply execute(SmtpArguments arguments, SmtpSession session) {
        arguments.requireNone("RSET");
        session.resetTransaction();
        return SmtpReply.of(250, "2.0.0", "Ok").reply();
    }
}
