package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.store.MailStore;

/**
 * RFC 2342 NAMESPACE: where mailboxes live. One personal namespace with prefix "" and
 * delimiter "/"; no other users' and no shared mailboxes. No arguments.
 */
final class NamespaceCommand implements ImapCommand {
    @Override
    public Outcome execute(ImapReader args, ImapContext session, Responses out) {
        args.end();
        out.untagged("NAMESPACE ((\"\" \"" + MailStore.DELIMITER + "\")) NIL NIL"); // RFC 2342 §5
        return Completion.ok("Namespace completed");
    }
}
