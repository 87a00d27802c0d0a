package org.mailsim.pop3.command;

import org.mailsim.net.Reply;
import org.mailsim.pop3.Pop3Reply;
import org.mailsim.pop3.Pop3Session;

/**
 * {@code DELE msg} — RFC 1939 §5: marks the message deleted. The server removes it only in
 * the UPDATE state, after QUIT; until then RSET can take the mark back.
 */
final class DeleCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3Arguments arguments, Pop3Session session) {
        int n = arguments.messageNumber(0);
        session.maildrop().markDeleted(n);
        return Pop3Reply.ok("message " + n + " deleted");
    }
}
