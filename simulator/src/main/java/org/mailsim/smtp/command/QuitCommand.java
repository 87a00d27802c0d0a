package org.mailsim.smtp.command;

import org.mailsim.net.Reply;
import org.mailsim.smtp.SmtpReply;
import org.mailsim.smtp.SmtpSession;

/** {@code QUIT} — RFC 5321 §4.1.1.10: 221, then the server closes; an open transaction is abandoned. */
final class QuitCommand implements SmtpCommand {
    @Override
    public Reply execute(SmtpArguments arguments, SmtpSession session) {
        arguments.requireNone("QUIT");
        return SmtpReply.of(221, "2.0.0", "Bye").closing();
    }
}
