package org.mailsim.imap.sync;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mailsim.imap.command.Responses;
import org.mailsim.store.Flags;
import org.mailsim.store.MailStore;
import org.mailsim.store.StoreException;
import org.mailsim.store.StoredMessage;

/**
 * The untagged {@code FETCH (FLAGS …)} of one command's sync (RFC 3501 §7.4.2). Dovecot's STORE
 * writes no FETCH of its own: it commits, and the sync that follows reports every changed message
 * in sequence order, its own changes and other sessions' alike, each with the flags it has at
 * that moment; after UID STORE (not .SILENT) each carries its UID (cmd-store.c, imap-sync.c).
 */
final class StoreResults {
    private final Map<Long, Flags> results = new TreeMap<>();
    private boolean withUid;

    void add(long uid, Flags flags, boolean uid1) {
        results.put(uid, flags);
        withUid |= uid1;
    }

    Map<Long, Flags> results() {
        return results;
    }

    /** Writes the changes in sequence order, then forgets this command's results. */
    void write(Map<Long, Flags> changed, SelectedMailbox mailbox, MailStore store, String login, Responses out) {
        if (!changed.isEmpty()) {
            List<StoredMessage> now;
            try {
                now = store.folder(login, mailbox.name()).messages();
            } catch (StoreException e) {
                now = List.of(); // deleted or renamed meanwhile: the changes' own flags will do
            }
            for (var e : changed.entrySet()) {
                long uid = e.getKey();
                int sequence = mailbox.sequenceOf(uid);
                if (sequence == 0) continue;
                Flags shown = mailbox.shownFlags(uid, e.getValue(), now);
                out.untagged(sequence + " FETCH (" + (withUid ? "UID " + uid + " " : "") + "FLAGS " + mailbox.flagList(uid, shown) + ")");
            }
        }
        results.clear();
        withUid = false;
    }
}
