package org.mailsim.imap.command;

import java.util.Objects;

import org.mailsim.imap.parse.InvalidMailboxName;
import org.mailsim.imap.parse.ModifiedUtf7;

import org.mailsim.imap.parse.ImapReader;

/**
 * The request of the commands that take one mailbox name: SELECT, EXAMINE, CREATE, DELETE,
 * SUBSCRIBE, UNSUBSCRIBE, GETQUOTAROOT. The name is already decoded from modified UTF-7.
 */
record MailboxRequest(String mailbox, boolean validName) {
    MailboxRequest {
        Objects.requireNonNull(mailbox, "mailbox");
    }

    MailboxRequest(String mailbox) {
        this(mailbox, true);
    }

    /**
     * SELECT and EXAMINE read the name this way: one that is not valid modified UTF-7 still
     * closes the selected mailbox before the NO (RFC 3501 §6.3.1, as Dovecot does).
     */
    static MailboxRequest readForSelect(ImapReader args) {
        args.sp();
        String wire = args.astring();
        args.end();
        try {
            String name = ModifiedUtf7.decode(wire);
            return new MailboxRequest(name.equalsIgnoreCase("INBOX") ? "INBOX" : name);
        } catch (InvalidMailboxName e) {
            return new MailboxRequest(wire, false);
        }
    }

    /** {@code SP mailbox} and nothing after it. */
    static MailboxRequest read(ImapReader args) {
        args.sp();
        String name = args.mailbox();
        args.end();
        return new MailboxRequest(name);
    }
}
