package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.net.Reply;

/** RFC 3501 §6.1.3 LOGOUT: {@code * BYE}, then the tagged OK, then the server closes. No arguments. */
final class LogoutCommand implements ImapCommand {
    @Override
    public Outcome execute(ImapReader args, ImapContext session, Responses out) {
        args.end();
        session.logout();
        out.untagged("BYE Logging out"); // RFC 3501 §6.1.3: BYE before the tagged OK
        return Completion.ok("Logout completed").then(Reply.Next.CLOSE);
    }
}
