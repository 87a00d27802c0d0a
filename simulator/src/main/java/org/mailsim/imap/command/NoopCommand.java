package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;

/**
 * RFC 3501 §6.1.2 NOOP and §6.4.1 CHECK: do nothing, but give the server a moment to report
 * mailbox changes (the session's sync after every command does that). No arguments.
 */
final class NoopCommand implements ImapCommand {
    private final String completed;

    NoopCommand(String verb) {
        this.completed = verb + " completed";
    }

    @Override
    public Outcome execute(ImapReader args, ImapContext session, Responses out) {
        args.end();
        return Completion.ok(completed);
    }
}
