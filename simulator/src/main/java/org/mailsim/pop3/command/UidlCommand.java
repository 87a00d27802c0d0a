package org.mailsim.pop3.command;

import java.util.ArrayList;
import java.util.List;

import org.mailsim.net.Reply;
import org.mailsim.pop3.Maildrop;
import org.mailsim.pop3.Pop3Reply;
import org.mailsim.pop3.Pop3Session;

/**
 * {@code UIDL [msg]} — RFC 1939 §7: the "unique-id listing" {@code n id}. The id stays the
 * same across sessions, which is how a "leave mail on server" client knows what it already has.
 */
final class UidlCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3Arguments arguments, Pop3Session session) {
        Maildrop drop = session.maildrop();
        if (arguments.count() == 1) {
            int n = arguments.messageNumber(0);
            return Pop3Reply.ok(n + " " + drop.uniqueId(n));
        }
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= drop.size(); n++) {
            if (drop.isListed(n)) lines.add(n + " " + drop.uniqueId(n));
        }
        return Pop3Reply.multiLine("unique-id listing follows", lines);
    }
}
