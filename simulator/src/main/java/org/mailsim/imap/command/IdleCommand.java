package org.mailsim.imap.command;

import java.util.Locale;

import org.mailsim.imap.parse.ImapReader;

/**
 * RFC 2177 IDLE: the client waits and the server pushes mailbox changes as they happen
 * (untagged EXISTS, EXPUNGE, FETCH), until the client sends {@code DONE}. The waiting is an
 * explicit session state, the {@link Outcome.Continuation} below; pushes go out through the
 * session's {@code Outbound}. <pre>idle = "IDLE" CRLF "DONE"</pre>
 */
final class IdleCommand implements ImapCommand<ImapCommand.NoArguments> {
    @Override
    public NoArguments parse(ImapReader args) {
        return NoArguments.read(args);
    }

    @Override
    public Outcome execute(NoArguments request, ImapContext session, Responses out) {
        session.sync(true, out); // what is already known goes out before the "+"
        session.idling(true);
        return new Outcome.Continue("idling", (line, s, o) -> {
            s.idling(false);
            // RFC 2177 §3: the only thing a client may send in IDLE is DONE.
            if (!line.toUpperCase(Locale.ROOT).equals("DONE")) return Completion.bad("CLIENTBUG", "Expected DONE"); // RFC 5530 §3
            return Completion.ok("Idle completed");
        });
    }
}
