package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.store.StoreException;

/**
 * RFC 3501 §6.3.4 DELETE: removes a mailbox and its messages; INBOX cannot be deleted.
 * <pre>delete = "DELETE" SP mailbox</pre>
 */
final class DeleteCommand implements ImapCommand<MailboxRequest> {
    @Override
    public MailboxRequest parse(ImapReader args) {
        return MailboxRequest.read(args);
    }

    @Override
    public Outcome execute(MailboxRequest request, ImapContext session, Responses out) {
        String name = request.mailbox();
        if (name.equals("INBOX")) throw ImapException.no("CANNOT", "INBOX can't be deleted"); // RFC 3501 §6.3.4
        if (session.hasSelected() && session.selected().name().equals(name)) session.deselect();
        try {
            session.store().deleteFolder(session.login(), name, session.origin());
        } catch (StoreException.NoSuchFolder e) {
            throw MailboxNames.nonexistent(name, "NONEXISTENT");
        }
        return Completion.ok("Delete completed");
    }
}
