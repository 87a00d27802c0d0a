package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.store.StoreException;

/**
 * RFC 3501 §6.3.6 SUBSCRIBE and §6.3.7 UNSUBSCRIBE: mark a mailbox for LSUB, the short list a
 * client shows. <pre>subscribe = "SUBSCRIBE" SP mailbox    unsubscribe = "UNSUBSCRIBE" SP mailbox</pre>
 */
final class SubscribeCommand implements ImapCommand {
    private final boolean subscribe;

    SubscribeCommand(boolean subscribe) {
        this.subscribe = subscribe;
    }

    @Override
    public Outcome execute(ImapReader args, ImapContext session, Responses out) {
        args.sp();
        String name = args.mailbox();
        args.end();
        try {
            session.store().setSubscribed(session.login(), name, subscribe, session.origin());
        } catch (StoreException.NoSuchFolder e) {
            throw MailboxNames.nonexistent();
        }
        return Completion.ok(subscribe ? "Subscribe completed" : "Unsubscribe completed");
    }
}
