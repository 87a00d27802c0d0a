package org.mailsim.pop3.command;

import org.mailsim.net.Reply;
import org.mailsim.pop3.Pop3Reply;
import org.mailsim.pop3.Pop3Session;
import org.mailsim.store.StoredMessage;

/**
 * {@code RETR msg} — RFC 1939 §5: the whole message as a multi-line reply, byte-stuffed. POP3
 * has no {@code \Seen} flag: reading changes nothing on the server.
 */
final class RetrCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3Arguments arguments, Pop3Session session) {
        StoredMessage message = session.maildrop().message(arguments.messageNumber(0));
        return Pop3Reply.message(message.size() + " octets", message.raw(), message.size());
    }
}
