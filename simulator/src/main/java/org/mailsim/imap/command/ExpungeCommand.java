package org.mailsim.imap.command;

import java.util.List;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.imap.sync.SelectedMailbox;

/**
 * RFC 3501 §6.4.3 EXPUNGE: remove every {@code \Deleted} message; RFC 4315 §2.1 UID EXPUNGE
 * only those of a UID set. The {@code * n EXPUNGE} lines come from the session's sync right
 * after, like everyone else's expunges: one code path for own and others' changes.
 * <pre>expunge = "EXPUNGE"     uid-expunge = "UID" SP "EXPUNGE" SP sequence-set</pre>
 */
final class ExpungeCommand implements ImapCommand {
    private final boolean byUid;

    ExpungeCommand(boolean byUid) {
        this.byUid = byUid;
    }

    @Override
    public Outcome execute(ImapReader args, ImapContext session, Responses out) {
        List<Long> only = null;
        SelectedMailbox mailbox = session.selected();
        if (byUid) {
            args.sp();
            only = mailbox.resolve(args.sequenceSet(), true);
        }
        args.end();
        if (mailbox.readOnly()) throw ImapException.no("READ-ONLY", "Mailbox is read-only");
        session.store().expungeWhere(session.login(), mailbox.name(), only, session.origin());
        return Completion.ok("Expunge completed");
    }
}
