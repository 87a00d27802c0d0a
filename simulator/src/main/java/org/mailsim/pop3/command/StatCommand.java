package org.mailsim.pop3.command;

import org.mailsim.net.Reply;
import org.mailsim.pop3.Maildrop;
import org.mailsim.pop3.Pop3Session;

/**
 * {@code STAT} — RFC 1939 §5: the "drop listing", {@code +OK nn mm}: how many messages and
 * how many octets, messages marked deleted not counted.
 */
final class StatCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3Arguments arguments, Pop3Session session) {
        Maildrop drop = session.maildrop();
        return Reply.lines("+OK " + drop.count() + " " + drop.octets()); // RFC 1939 §5: exactly two numbers
    }
}
