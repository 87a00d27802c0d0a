package org.mailsim.imap.command;

import java.util.List;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.imap.parse.SequenceSet;
import org.mailsim.imap.sync.SelectedMailbox;
import org.mailsim.store.CopyResult;
import org.mailsim.store.StoreException;

/**
 * RFC 3501 §6.4.7 COPY and RFC 6851 MOVE, by sequence number or (§6.4.8) by UID: copy messages
 * to another mailbox, all or nothing, answering {@code [COPYUID uidvalidity from to]}
 * (RFC 4315 §3). MOVE sends COPYUID in an untagged OK, then the {@code * n EXPUNGE} of the
 * moved messages, then its tagged OK (RFC 6851 §4.3).
 * <pre>copy = "COPY" SP sequence-set SP mailbox     move = "MOVE" SP sequence-set SP mailbox</pre>
 */
final class CopyCommand implements ImapCommand<CopyCommand.Request> {

    record Request(SequenceSet messages, String mailbox) { }

    private final boolean move;
    private final boolean byUid;

    CopyCommand(boolean move, boolean byUid) {
        this.move = move;
        this.byUid = byUid;
    }

    @Override
    public Request parse(ImapReader args) {
        args.sp();
        SequenceSet set = args.sequenceSet();
        args.sp();
        String target = args.mailbox();
        args.end();
        return new Request(set, target);
    }

    @Override
    public Outcome execute(Request request, ImapContext session, Responses out) {
        String target = request.mailbox();
        SelectedMailbox mailbox = session.selected();
        List<Long> uids = mailbox.resolve(request.messages(), byUid);
        if (move && mailbox.readOnly()) throw ImapException.no("READ-ONLY", "Mailbox is read-only");
        if (!session.store().folderExists(session.login(), target)) {
            throw MailboxNames.nonexistent(target, "TRYCREATE"); // RFC 3501 §6.4.7
        }
        String verb = move ? "Move" : "Copy";
        if (uids.isEmpty()) return Completion.ok(verb + " completed"); // RFC 3501 §6.4.8: an empty UID set is fine
        CopyResult result;
        try {
            result = move ? session.store().move(session.login(), mailbox.name(), uids, target, session.origin())
                    : session.store().copy(session.login(), mailbox.name(), uids, target, session.origin());
        } catch (StoreException.NoSuchFolder e) {
            throw MailboxNames.nonexistent(target, "TRYCREATE");
        }
        if (result.sourceUids().isEmpty()) {
            throw ImapException.no("EXPUNGEISSUED", "Some of the requested messages no longer exist"); // RFC 5530 §3
        }
        String copyUid = "COPYUID " + result.uidValidity() + " " + UidSets.compact(result.sourceUids())
                + " " + UidSets.compact(result.targetUids());
        if (move) {
            out.untagged("OK [" + copyUid + "] Moved UIDs."); // RFC 6851 §4.3, in Dovecot's words
            return Completion.ok(verb + " completed");
        }
        return Completion.ok(copyUid, verb + " completed");
    }
}
