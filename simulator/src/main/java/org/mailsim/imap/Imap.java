package org.mailsim.imap;

import java.util.Objects;

import org.mailsim.imap.fetch.MessageParts;
import org.mailsim.net.SessionFactory;
import org.mailsim.store.MailStore;

/** The IMAP4rev1 server (RFC 3501): a {@link SessionFactory} for listeners on ports 143 and 993. */
public final class Imap {
    private Imap() { }

    public static SessionFactory sessions(MailStore store, ImapSettings settings, MessageParts parts) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(parts, "parts");
        return (context, outbound) -> new ImapSession(store, settings, parts, context, outbound);
    }
}
