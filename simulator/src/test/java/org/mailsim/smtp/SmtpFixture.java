package org.mailsim.smtp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.mailsim.net.Security;
import org.mailsim.net.SessionDriver;
import org.mailsim.net.SessionFactory;
import org.mailsim.store.Account;
import org.mailsim.store.MailStore;
import org.mailsim.store.StoredMessage;

/** A small world for SMTP tests: alice and bob, and carol whose mailbox holds only 400 octets. */
final class SmtpFixture {

    final MailStore store = MailStore.deterministic(SessionDriver.FIXED_CLOCK);
    final SessionFactory smtp;

    SmtpFixture() {
        this(SmtpSettings.defaults());
    }

    SmtpFixture(SmtpSettings settings) {
        store.addAccount(new Account("alice", "wonderland", "alice@mailsim.test", 0));
        store.addAccount(new Account("bob", "builder", "bob@mailsim.test", 0));
        store.addAccount(new Account("carol", "singer", "carol@mailsim.test", 400));
        smtp = Smtp.sessions(store, settings.withAuthFailureDelay(Duration.ZERO));
    }

    /** Port 25, STARTTLS offered. */
    SessionDriver mx() {
        return SessionDriver.open(smtp, SessionDriver.context(25, Security.STARTTLS, false));
    }

    /** Port 587, STARTTLS then AUTH. */
    SessionDriver submission() {
        return SessionDriver.open(smtp, SessionDriver.context(587, Security.STARTTLS, false));
    }

    /** Port 465, implicit TLS. */
    SessionDriver submissions() {
        return SessionDriver.open(smtp, SessionDriver.context(465, Security.IMPLICIT_TLS, false));
    }

    /** Port 587 after EHLO, STARTTLS, EHLO and AUTH as alice. */
    SessionDriver aliceSubmitting() {
        SessionDriver smtp = submission();
        smtp.send("EHLO laptop.example", "STARTTLS");
        smtp.send("EHLO laptop.example", "AUTH PLAIN " + plain("", "alice", "wonderland"));
        return smtp;
    }

    /** The INBOX messages of one account, as text. */
    java.util.List<String> inbox(String login) {
        return store.folder(login, "INBOX").messages().stream()
                .map(StoredMessage::raw).map(r -> new String(r.toByteArray(), StandardCharsets.UTF_8)).toList();
    }

    static String plain(String authzid, String user, String password) {
        return b64(authzid + "\0" + user + "\0" + password);
    }

    static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
