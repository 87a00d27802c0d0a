package org.mailsim.pop3.command;

import java.util.ArrayList;
import java.util.List;

import org.mailsim.net.Reply;
import org.mailsim.pop3.Maildrop;
import org.mailsim.pop3.Pop3Reply;
import org.mailsim.pop3.Pop3Session;

/**
 * {@code LIST [msg]} — RFC 1939 §5: the "scan listing" {@code n size} of one message, or of
 * every message not marked deleted as a multi-line reply.
 */
final class ListCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3Arguments arguments, Pop3Session session) {
        Maildrop drop = session.maildrop();
        if (arguments.count() == 1) {
            int n = arguments.messageNumber(0);
            return Pop3Reply.ok(n + " " + drop.message(n).size());
        }
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= drop.size(); n++) {
            if (drop.isListed(n)) lines.add(n + " " + drop.message(n).size());
        }
        return Pop3Reply.multiLine(Pop3Reply.messages(drop.count()) + " (" + drop.octets() + " octets)", lines);
    }
}
