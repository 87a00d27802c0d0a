package org.mailsim.pop3.command;

import org.mailsim.net.Reply;
import org.mailsim.pop3.Pop3Session;
import org.mailsim.pop3.Pop3State;

/**
 * {@code QUIT} — RFC 1939 §4 in AUTHORIZATION: close, nothing changes; RFC 1939 §6 in
 * TRANSACTION: enter UPDATE, remove the messages marked by DELE, release the lock, close.
 */
final class QuitCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3Arguments arguments, Pop3Session session) {
        if (session.state() == Pop3State.TRANSACTION) return session.update();
        return Reply.closing("+OK POP3 server signing off");
    }
}
