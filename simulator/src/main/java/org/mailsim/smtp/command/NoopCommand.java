package org.mailsim.smtp.command;

import org.mailsim.net.Reply;
import org.mailsim.smtp.SmtpReply;
import org.mailsim.smtp.SmtpSession;

/** {@code NOOP [string]} — RFC 5321 §4.1.1.9: does nothing, answers 250; any argument is ignored. */
final class NoopCommand implements SmtpCommand {
    @Override
    public Reply execute(SmtpArguments arguments, SmtpSession session) {
        return SmtpReply.of(250, "2.0.0", "Ok").reply();
    }
}
