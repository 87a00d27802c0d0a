package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.imap.sync.SelectedMailbox;

/**
 * RFC 3501 §6.4.2 CLOSE: expunge the {@code \Deleted} messages silently (no untagged EXPUNGE)
 * unless the mailbox is read-only, and leave the selected state. RFC 3691 UNSELECT does the same
 * without expunging. No arguments.
 */
final class CloseCommand implements ImapCommand<ImapCommand.NoArguments> {
    private final boolean expunge;

    CloseCommand(boolean expunge) {
        this.expunge = expunge;
    }

    @Override
    public NoArguments parse(ImapReader args) {
        return NoArguments.read(args);
    }

    @Override
    public Outcome execute(NoArguments request, ImapContext session, Responses out) {
        SelectedMailbox mailbox = session.selected();
        if (expunge && !mailbox.readOnly()) {
            session.store().expunge(session.login(), mailbox.name(), session.origin());
        }
        session.deselect(); // drops the queued EXPUNGE events: §6.4.2 says none are sent
        return Completion.ok(expunge ? "Close completed" : "Unselect completed");
    }
}
