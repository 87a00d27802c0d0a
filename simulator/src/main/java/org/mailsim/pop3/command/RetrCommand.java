package org.mailsim.pop3.command;

import org.mailsim.net.Reply;
import org.mailsim.pop3.Pop3Reply;
import org.mailsim.pop3.Pop3Session;
import org.mailsim.store.StoredMessage;

/**
 * {@code RETR msg} — RFC 1939 §5: the whole message as a multi-line reply, byte-stuffed. POP3
 * has no flags, but like Dovecot the server marks what was retrieved {@code \Seen} when the
 * session ends, so IMAP devices show it read ({@link org.mailsim.pop3.Maildrop#markRetrieved}).
 */
final class RetrCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3Arguments arguments, Pop3Session session) {
        int n = arguments.messageNumber(0);
        StoredMessage message = session.maildrop().message(n);
        session.maildrop().markRetrieved(n);
        return Pop3Reply.message(message.size() + " octets", message.raw(), message.size());
    }
}
