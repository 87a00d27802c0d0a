package org.mailsim.smtp.command;

import org.mailsim.net.Reply;
import org.mailsim.smtp.SmtpSession;

/** One SMTP verb: takes the parsed line and the session, returns the reply (or throws {@code SmtpError}). */
@FunctionalInterface
public interface SmtpCommand {
    Reply execute(SmtpArguments arguments, SmtpSession session);
}
