package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.store.Quota;

/**
 * RFC 9208 §4.2 GETQUOTA and §4.3 GETQUOTAROOT: one quota root, "", over the whole account,
 * with the STORAGE resource in units of 1024 octets (§5.1).
 * <pre>getquota = "GETQUOTA" SP quota-root-name     getquotaroot = "GETQUOTAROOT" SP mailbox</pre>
 */
final class QuotaCommand implements ImapCommand<QuotaCommand.Request> {

    /** @param name a mailbox for GETQUOTAROOT, a quota root for GETQUOTA */
    record Request(String name) { }

    private final boolean byMailbox;

    QuotaCommand(boolean byMailbox) {
        this.byMailbox = byMailbox;
    }

    @Override
    public Request parse(ImapReader args) {
        args.sp();
        String name = byMailbox ? args.mailbox() : args.astring();
        args.end();
        return new Request(name);
    }

    @Override
    public Outcome execute(Request request, ImapContext session, Responses out) {
        String name = request.name();
        Quota quota = session.store().quota(session.login());
        if (byMailbox) {
            if (!session.store().folderExists(session.login(), name)) throw MailboxNames.nonexistent(name, "NONEXISTENT");
            out.untagged("QUOTAROOT " + MailboxNames.encode(name) + (quota.limited() ? " \"\"" : ""));
        } else if (!name.isEmpty() || !quota.limited()) {
            throw ImapException.no("NONEXISTENT", "No such quota root");
        }
        if (quota.limited()) {
            out.untagged("QUOTA \"\" (STORAGE " + kibibytes(quota.usedBytes()) + " " + kibibytes(quota.limitBytes()) + ")");
        }
        return Completion.ok(byMailbox ? "Getquotaroot completed" : "Getquota completed");
    }

    private static long kibibytes(long bytes) {
        return (bytes + 1023) / 1024;
    }
}
