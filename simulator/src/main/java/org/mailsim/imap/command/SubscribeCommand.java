package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.store.StoreException;

/**
 * RFC 3501 §6.3.6 SUBSCRIBE and §6.3.7 UNSUBSCRIBE: mark a mailbox for LSUB, the short list a
 * client shows. <pre>subscribe = "SUBSCRIBE" SP mailbox    unsubscribe = "UNSUBSCRIBE" SP mailbox</pre>
 */
final class SubscribeCommand implements ImapCommand<MailboxRequest> {
    private final boolean subscribe;

    SubscribeCommand(boolean subscribe) {
        this.subscribe = subscribe;
    }

    @Override
    public MailboxRequest parse(ImapReader args) {
        return MailboxRequest.read(args);
    }

    @Override
    public Outcome execute(MailboxRequest request, ImapContext session, Responses out) {
        try {
            session.store().setSubscribed(session.login(), request.mailbox(), subscribe, session.origin());
        } catch (StoreException.NoSuchFolder e) {
            throw MailboxNames.nonexistent(request.mailbox(), null);
        }
        return Completion.ok(subscribe ? "Subscribe completed" : "Unsubscribe completed");
    }
}
