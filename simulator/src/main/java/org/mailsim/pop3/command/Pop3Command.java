package org.mailsim.pop3.command;

import org.mailsim.net.Reply;
import org.mailsim.pop3.Pop3Session;

/** One POP3 verb: takes the parsed arguments and the session, returns the reply (or throws {@code Pop3Error}). */
@FunctionalInterface
public interface Pop3Command {
    Reply execute(Pop3Arguments arguments, Pop3Session session);
}
