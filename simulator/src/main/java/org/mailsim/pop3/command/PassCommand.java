package org.mailsim.pop3.command;

import org.mailsim.net.Reply;
import org.mailsim.pop3.Pop3Error;
import org.mailsim.pop3.Pop3Session;

/**
 * {@code PASS string} — RFC 1939 §7: the password for the name given by USER. The whole rest
 * of the line is the password, spaces included, as §7 allows. On success the maildrop is locked
 * and the session enters TRANSACTION.
 */
final class PassCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3Arguments arguments, Pop3Session session) {
        if (!session.cleartextAuthAllowed()) throw CleartextRule.refusal();
        String user = session.pendingUser();
        if (user == null) throw Pop3Error.bad("PASS must follow a successful USER"); // RFC 1939 §7
        return session.store().authenticate(user, arguments.rest())
                .map(session::enterTransaction)
                .orElseThrow(session::authenticationFailed);
    }
}
