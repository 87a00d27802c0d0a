package org.mailsim.smtp;

import java.util.Objects;

import org.mailsim.net.SessionFactory;
import org.mailsim.store.MailStore;

/** The SMTP server: one {@link SmtpSession} per connection; its role comes from the port (25, 587, 465). */
public final class Smtp {

    private Smtp() {
    }

    public static SessionFactory sessions(MailStore store, SmtpSettings settings) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(settings, "settings");
        return (context, outbound) -> new SmtpSession(store, settings, context);
    }
}
