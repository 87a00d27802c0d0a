package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.store.StoreException;

/**
 * RFC 3501 §6.3.3 CREATE: a new mailbox; missing parent levels are created too (as Dovecot);
 * a trailing delimiter only says the client plans children under it.
 * <pre>create = "CREATE" SP mailbox</pre>
 */
final class CreateCommand implements ImapCommand<MailboxRequest> {
    @Override
    public MailboxRequest parse(ImapReader args) {
        return MailboxRequest.read(args);
    }

    @Override
    public Outcome execute(MailboxRequest request, ImapContext session, Responses out) {
        String name = request.mailbox();
        // RFC 3501 §6.3.3: creating INBOX is an error, it always exists.
        if (name.equals("INBOX")) throw ImapException.no("ALREADYEXISTS", "Mailbox already exists");
        MailboxNames.checkNewName(name);
        try {
            session.store().createFolder(session.login(), name, session.origin());
        } catch (StoreException.FolderExists e) {
            throw ImapException.no("ALREADYEXISTS", "Mailbox already exists"); // RFC 5530 §3
        }
        return Completion.ok("Create completed");
    }
}
