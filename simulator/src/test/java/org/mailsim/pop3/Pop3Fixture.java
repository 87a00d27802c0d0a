package org.mailsim.pop3;

import java.time.Duration;

import org.mailsim.net.SessionDriver;
import org.mailsim.net.SessionFactory;
import org.mailsim.net.Security;
import org.mailsim.store.Account;
import org.mailsim.store.MailStore;
import org.mailsim.store.RawMessage;

/** A small world for POP3 tests: alice and bob on mailsim.test, one POP3 server over them. */
final class Pop3Fixture {

    final MailStore store = MailStore.deterministic(SessionDriver.FIXED_CLOCK);
    final SessionFactory pop3;

    Pop3Fixture() {
        store.addAccount(new Account("alice", "wonderland", "alice@mailsim.test", 0));
        store.addAccount(new Account("bob", "builder", "bob@mailsim.test", 0));
        pop3 = Pop3.sessions(store, Pop3Settings.defaults().withAuthFailureDelay(Duration.ZERO));
    }

    /** Delivers a message to alice's INBOX. */
    Pop3Fixture mail(String text) {
        store.deliver("alice", RawMessage.ofText(text), null);
        return this;
    }

    /** Port 110 with STLS offered; cleartext login allowed unless {@code strict}. */
    SessionDriver connect() {
        return SessionDriver.open(pop3, SessionDriver.context(110, Security.STARTTLS, true));
    }

    SessionDriver connectStrict() {
        return SessionDriver.open(pop3, SessionDriver.context(110, Security.STARTTLS, false));
    }

    SessionDriver connectImplicitTls() {
        return SessionDriver.open(pop3, SessionDriver.context(995, Security.IMPLICIT_TLS, false));
    }

    /** Connected and logged in as alice. */
    SessionDriver alice() {
        SessionDriver pop = connect();
        pop.send("USER alice");
        pop.send("PASS wonderland");
        return pop;
    }

    static final String FIRST = "From: bob@mailsim.test\nTo: alice@mailsim.test\nSubject: first\n\nHello Alice\n";
    static final String SECOND = "From: bob@mailsim.test\nTo: alice@mailsim.test\nSubject: second\n\nline 1\n.hidden dot\nline 3\n";
}
