package org.mailsim.pop3.command;

import org.mailsim.net.Reply;
import org.mailsim.pop3.Pop3Reply;
import org.mailsim.pop3.Pop3Session;

/** {@code NOOP} — RFC 1939 §5: does nothing but answer {@code +OK}; keeps the autologout timer away. */
final class NoopCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3Arguments arguments, Pop3Session session) {
        return Pop3Reply.ok("");
    }
}
