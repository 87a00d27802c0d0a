package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.store.StoreException;

/**
 * RFC 3501 §6.3.5 RENAME: a new name for a mailbox and all below it. Renaming INBOX moves its
 * messages to a new mailbox and leaves INBOX empty.
 * <pre>rename = "RENAME" SP mailbox SP mailbox</pre>
 */
final class RenameCommand implements ImapCommand<RenameCommand.Request> {

    record Request(String from, String to) { }

    @Override
    public Request parse(ImapReader args) {
        args.sp();
        String from = args.mailbox();
        args.sp();
        String to = args.mailbox();
        args.end();
        return new Request(from, to);
    }

    @Override
    public Outcome execute(Request request, ImapContext session, Responses out) {
        if (request.to().equals("INBOX")) throw ImapException.no("ALREADYEXISTS", "Mailbox already exists");
        MailboxNames.checkNewName(request.to());
        try {
            session.store().renameFolder(session.login(), request.from(), request.to(), session.origin());
        } catch (StoreException.NoSuchFolder e) {
            throw MailboxNames.nonexistent(request.from(), "NONEXISTENT");
        } catch (StoreException.FolderExists e) {
            throw ImapException.no("ALREADYEXISTS", "Mailbox already exists");
        }
        return Completion.ok("Rename completed");
    }
}
