package org.mailsim.pop3.command;

import org.mailsim.net.Reply;
import org.mailsim.pop3.Pop3Reply;
import org.mailsim.pop3.Pop3Session;
import org.mailsim.store.RawMessage;
import org.mailsim.store.StoredMessage;

/**
 * {@code TOP msg n} — RFC 1939 §7: the header, the blank line, then the first {@code n} lines
 * of the body (all of it if shorter), byte-stuffed like RETR. Mail apps use it to preview.
 */
final class TopCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3Arguments arguments, Pop3Session session) {
        StoredMessage message = session.maildrop().message(arguments.messageNumber(0));
        int lines = arguments.number(1, "line count");
        return Pop3Reply.message("top of message follows", message.raw(), end(message.raw(), lines));
    }

    /** Where the header block plus {@code lines} body lines end. */
    static int end(RawMessage raw, int lines) {
        int at = raw.headerLength();
        for (int seen = 0; seen < lines && at < raw.size(); at++) {
            if (raw.byteAt(at) == '\n') seen++;
        }
        return at;
    }
}
