package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.store.MailStore;

/**
 * RFC 2342 NAMESPACE: where mailboxes live. One personal namespace with prefix "" and
 * delimiter "/"; no other users' and no shared mailboxes. No arguments.
 */
final class NamespaceCommand implements ImapCommand<ImapCommand.NoArguments> {
    @Override
    public NoArguments parse(ImapReader args) {
        return NoArguments.read(args);
    }

    @Override
    public Outcome execute(NoArguments request, ImapContext session, Responses out) {
        out.untagged("NAMESPACE ((\"\" \"" + MailStore.DELIMITER + "\")) NIL NIL"); // RFC 2342 §5
        return Completion.ok("Namespace completed");
    }
}
