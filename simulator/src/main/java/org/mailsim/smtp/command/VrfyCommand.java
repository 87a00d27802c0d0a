package org.mailsim.smtp.command;

import org.mailsim.net.Reply;
import org.mailsim.smtp.SmtpError;
import org.mailsim.smtp.SmtpReply;
import org.mailsim.smtp.SmtpSession;

/**
 * {@code VRFY string} — RFC 5321 §3.5.3: 252 "cannot verify, but will try", the answer RFC 5321
 * allows so that spammers cannot harvest valid addresses.
 */
final class VrfyCommand implements SmtpCommand {
    @Override
    public Reply execute(SmtpArguments arguments, SmtpSession session) {
        if (!arguments.hasArguments()) throw SmtpError.syntax("VRFY address");
        return SmtpReply.of(252, "2.0.0", "Cannot VRFY user, but will accept message and attempt delivery").reply();
    }
}
