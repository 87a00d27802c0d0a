package org.mailsim.smtp.command;

import org.mailsim.net.Reply;
import org.mailsim.smtp.SmtpReply;
import org.mailsim.smtp.SmtpSession;

/**
 * {@code DATA} — RFC 5321 §4.1.1.4: the server answers 354 and reads the message, line by
 * line, until {@code <CRLF>.<CRLF>}; the reply to the whole message comes after the dot.
 */
final class DataCommand implements SmtpCommand {
    @Override
    public Reply execute(SmtpArguments arguments, SmtpSession session) {
        arguments.requireNone("DATA");
        session.beginData();
        return SmtpReply.of(354, "", "End data with <CR><LF>.<CR><LF>").reply();
    }
}
