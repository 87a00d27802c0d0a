package org.mailsim.imap.command;

import java.util.List;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.imap.parse.SequenceSet;
import org.mailsim.imap.sync.SelectedMailbox;

/**
 * RFC 3501 §6.4.3 EXPUNGE: remove every {@code \Deleted} message; RFC 4315 §2.1 UID EXPUNGE
 * only those of a UID set. The {@code * n EXPUNGE} lines come from the session's sync right
 * after, like everyone else's expunges: one code path for own and others' changes.
 * <pre>expunge = "EXPUNGE"     uid-expunge = "UID" SP "EXPUNGE" SP sequence-set</pre>
 */
final class ExpungeCommand implements ImapCommand<ExpungeCommand.Request> {

    /** @param uids the UID set of UID EXPUNGE, or null for plain EXPUNGE */
    record Request(SequenceSet uids) { }

    private final boolean byUid;

    ExpungeCommand(boolean byUid) {
        this.byUid = byUid;
    }

    @Override
    public Request parse(ImapReader args) {
        SequenceSet uids = null;
        if (byUid) {
            args.sp();
            uids = args.sequenceSet();
        }
        args.end();
        return new Request(uids);
    }

    @Override
    public Outcome execute(Request request, ImapContext session, Responses out) {
        SelectedMailbox mailbox = session.selected();
        List<Long> only = request.uids() == null ? null : mailbox.resolve(request.uids(), true);
        if (mailbox.readOnly()) throw ImapException.no("READ-ONLY", "Mailbox is read-only");
        session.store().expungeWhere(session.login(), mailbox.name(), only, session.origin());
        return Completion.ok("Expunge completed");
    }
}
