package org.mailsim.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.mailsim.net.ConnectionContext;
import org.mailsim.net.SessionDriver;
import org.mailsim.net.Security;
import org.mailsim.net.SessionFactory;
import org.mailsim.store.Account;
import org.mailsim.store.AppendResult;
import org.mailsim.store.MailStore;
import org.mailsim.store.RawMessage;

/**
 * A deterministic store with two users (alice / wonderland, bob / builder) and IMAP sessions on
 * it, driven in memory. Each device gets its own connection id, as on the virtual network.
 */
final class ImapHarness {
    final MailStore store = MailStore.deterministic(SessionDriver.FIXED_CLOCK);
    final ImapSettings settings;
    private final SessionFactory factory;

    ImapHarness() {
        this(ImapSettings.defaults().withAuthFailureDelay(Duration.ZERO));
    }

    ImapHarness(ImapSettings settings) {
        this(settings, new FakeMessageParts());
    }

    ImapHarness(ImapSettings settings, org.mailsim.imap.fetch.MessageParts parts) {
        this.settings = settings;
        store.addAccount(new Account("alice", "wonderland", "alice@mailsim.test", 0));
        store.addAccount(new Account("bob", "builder", "bob@mailsim.test", 2000));
        factory = Imap.sessions(store, settings, parts);
    }

    /** A connection to port 143 (STARTTLS offered), cleartext passwords refused. */
    SessionDriver plain(String device) {
        return SessionDriver.open(factory, context(device, 143, Security.STARTTLS, false));
    }

    /** A connection to port 993 (implicit TLS). */
    SessionDriver tls(String device) {
        return SessionDriver.open(factory, context(device, 993, Security.IMPLICIT_TLS, false));
    }

    /** Logged in as alice over implicit TLS. */
    SessionDriver loggedIn(String device) {
        SessionDriver imap = tls(device);
        assertThat(imap.send("l1 LOGIN alice wonderland")).last().asString().startsWith("l1 OK");
        return imap;
    }

    /** Logged in as alice with INBOX selected. */
    SessionDriver selected(String device) {
        SessionDriver imap = loggedIn(device);
        assertThat(imap.send("s1 SELECT INBOX")).last().asString().startsWith("s1 OK");
        return imap;
    }

    static ConnectionContext context(String device, int port, Security security, boolean allowPlaintext) {
        return new ConnectionContext(device, device, port, security, allowPlaintext, "mail.mailsim.test", SessionDriver.FIXED_CLOCK);
    }

    SessionFactory factory() {
        return factory;
    }

    /** Delivers a small message to alice's INBOX, as SMTP would. */
    AppendResult deliver(String subject) {
        return store.deliver("alice", message(subject, "Hello " + subject), "smtp");
    }

    static RawMessage message(String subject, String body) {
        return RawMessage.ofText("From: Bob <bob@mailsim.test>\nTo: alice@mailsim.test\nSubject: " + subject
                + "\nDate: Wed, 14 Jan 2026 08:00:00 +0000\nMessage-ID: <" + subject.replace(' ', '.') + "@mailsim.test>\n\n" + body + "\n");
    }
}
