package org.mailsim.pop3.command;

import org.mailsim.net.Reply;
import org.mailsim.pop3.Pop3Reply;
import org.mailsim.pop3.Pop3Session;

/**
 * {@code USER name} — RFC 1939 §7: names the maildrop; PASS must follow. The name is not
 * checked yet, so the answer does not tell a guesser which names exist.
 */
final class UserCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3Arguments arguments, Pop3Session session) {
        if (!session.cleartextAuthAllowed()) throw CleartextRule.refusal();
        session.pendingUser(arguments.get(0));
        return Pop3Reply.ok("send PASS");
    }
}
