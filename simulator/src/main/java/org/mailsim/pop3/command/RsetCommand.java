package org.mailsim.pop3.command;

import org.mailsim.net.Reply;
import org.mailsim.pop3.Maildrop;
import org.mailsim.pop3.Pop3Reply;
import org.mailsim.pop3.Pop3Session;

/** {@code RSET} — RFC 1939 §5: every message marked deleted is unmarked. */
final class RsetCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3Arguments arguments, Pop3Session session) {
        Maildrop drop = session.maildrop();
        drop.unmarkAll();
        return Pop3Reply.ok("maildrop has " + Pop3Reply.messages(drop.count()) + " (" + drop.octets() + " octets)");
    }
}
