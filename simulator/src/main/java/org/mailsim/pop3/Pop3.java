package org.mailsim.pop3;

import java.util.Objects;

import org.mailsim.net.SessionFactory;
import org.mailsim.store.MailStore;

/** The POP3 server: makes one {@link Pop3Session} per connection, all sharing one set of maildrop locks. */
public final class Pop3 {

    private Pop3() {
    }

    /** A factory for the POP3 listeners on 110 and 995; its sessions share {@link MaildropLocks}. */
    public static SessionFactory sessions(MailStore store, Pop3Settings settings) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(settings, "settings");
        MaildropLocks locks = new MaildropLocks();
        return (context, outbound) -> new Pop3Session(store, settings, locks, context);
    }
}
