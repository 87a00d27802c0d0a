package org.mailsim.smtp.command;

import org.mailsim.net.Reply;
import org.mailsim.smtp.SmtpReply;
import org.mailsim.smtp.SmtpSession;

/** {@code HELP [string]} — RFC 5321 §4.1.1.8: a 214 reply naming the commands and the RFC. */
final class HelpCommand implements SmtpCommand {
    @Override
    public Reply execute(SmtpArguments arguments, SmtpSession session) {
        StringBuilder verbs = new StringBuilder();
        for (SmtpCommandTable.Entry entry : SmtpCommandTable.entries()) verbs.append(' ').append(entry.verb());
        return SmtpReply.of(214, "2.0.0", "Commands:" + verbs + " (see RFC 5321)").reply();
    }
}
