package org.mailsim.imap.command;

import java.util.Objects;

import org.mailsim.imap.parse.ImapReader;

/**
 * The request of the commands that take one mailbox name: SELECT, EXAMINE, CREATE, DELETE,
 * SUBSCRIBE, UNSUBSCRIBE, GETQUOTAROOT. The name is already decoded from modified UTF-7.
 */
record MailboxRequest(String mailbox) {
    MailboxRequest {
        Objects.requireNonNull(mailbox, "mailbox");
    }

    /** {@code SP mailbox} and nothing after it. */
    static MailboxRequest read(ImapReader args) {
        args.sp();
        String name = args.mailbox();
        args.end();
        return new MailboxRequest(name);
    }
}
