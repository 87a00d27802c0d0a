package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.net.Reply;

/**
 * RFC 3501 §6.1.3 LOGOUT: {@code * BYE}, then the tagged OK, then the server closes. The
 * selected mailbox is left without expunging (§6.4.2). No arguments.
 */
final class LogoutCommand implements ImapCommand<ImapCommand.NoArguments> {
    @Override
    public NoArguments parse(ImapReader args) {
        return NoArguments.read(args);
    }

    @Override
    public Outcome execute(NoArguments request, ImapContext session, Responses out) {
        session.logout();
        out.untagged("BYE Logging out"); // RFC 3501 §6.1.3: BYE before the tagged OK
        return Completion.ok("Logout completed").then(Reply.Next.CLOSE);
    }
}
