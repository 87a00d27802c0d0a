package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;

/**
 * RFC 3501 §6.1.2 NOOP and §6.4.1 CHECK: do nothing, but give the server a moment to report
 * mailbox changes (the session's sync after every command does that). No arguments.
 */
final class NoopCommand implements ImapCommand<ImapCommand.NoArguments> {
    private final String completed;

    NoopCommand(String verb) {
        this.completed = verb + " completed";
    }

    @Override
    public NoArguments parse(ImapReader args) {
        return NoArguments.read(args);
    }

    @Override
    public Outcome execute(NoArguments request, ImapContext session, Responses out) {
        return Completion.ok(completed);
    }
}
