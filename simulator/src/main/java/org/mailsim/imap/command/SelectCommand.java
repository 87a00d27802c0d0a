package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.imap.parse.InvalidMailboxName;
import org.mailsim.imap.sync.SelectedMailbox;
import org.mailsim.store.FolderSnapshot;
import org.mailsim.store.MailStore;
import org.mailsim.store.StoreException;

/**
 * RFC 3501 §6.3.1 SELECT and §6.3.2 EXAMINE (read-only): open a mailbox and tell the client its
 * state, in Dovecot's order: FLAGS, PERMANENTFLAGS, EXISTS, RECENT, UNSEEN, UIDVALIDITY, UIDNEXT.
 * A failed SELECT leaves no mailbox selected (§6.3.1). EXAMINE must not clear \Recent (§6.3.2).
 * <pre>select = "SELECT" SP mailbox      examine = "EXAMINE" SP mailbox</pre>
 */
final class SelectCommand implements ImapCommand<MailboxRequest> {
    private final boolean readOnly;

    SelectCommand(boolean readOnly) {
        this.readOnly = readOnly;
    }

    @Override
    public MailboxRequest parse(ImapReader args) {
        return MailboxRequest.readForSelect(args);
    }

    @Override
    public Outcome execute(MailboxRequest request, ImapContext session, Responses out) {
        // RFC 3501 §6.3.1: the selected mailbox is closed even if this SELECT fails; RFC 7162
        // §3.2.11 names that moment with [CLOSED], which Dovecot sends whether or not QRESYNC is on.
        if (session.state() == org.mailsim.imap.ImapState.SELECTED) out.untagged("OK [CLOSED] Previous mailbox closed.");
        session.deselect();
        if (!request.validName()) throw ImapException.no(null, InvalidMailboxName.TEXT);
        MailStore store = session.store();
        FolderSnapshot folder;
        try {
            folder = store.folder(session.login(), request.mailbox());
        } catch (StoreException.NoSuchFolder e) {
            throw MailboxNames.nonexistent(request.mailbox(), null);
        }
        SelectedMailbox mailbox = new SelectedMailbox(folder.name(), folder.uidValidity(), readOnly);
        session.select(mailbox); // changes from here on are queued...
        folder = store.folder(session.login(), folder.name()); // ...and this snapshot sees all before
        mailbox.load(folder);
        int recent;
        if (readOnly) {
            recent = store.unclaimedRecentCount(session.login(), folder.name());
        } else {
            mailbox.addRecent(store.claimRecentRange(session.login(), folder.name()));
            recent = mailbox.recentCount();
            mailbox.recentAnnounced(recent);
        }
        mailbox.announceFlags(out);                                                 // RFC 3501 §7.2.6
        out.untagged(mailbox.exists() + " EXISTS");                                 // RFC 3501 §7.3.1
        out.untagged(recent + " RECENT");                                           // RFC 3501 §7.3.2
        folder.firstUnseen().ifPresent(n -> out.untagged("OK [UNSEEN " + n + "] First unseen."));
        out.untagged("OK [UIDVALIDITY " + folder.uidValidity() + "] UIDs valid");  // RFC 3501 §2.3.1.1
        out.untagged("OK [UIDNEXT " + folder.uidNext() + "] Predicted next UID");
        return readOnly ? Completion.ok("READ-ONLY", "Examine completed") : Completion.ok("READ-WRITE", "Select completed");
    }
}
