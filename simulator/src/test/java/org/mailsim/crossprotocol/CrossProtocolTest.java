package org.mailsim.crossprotocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.mailsim.imap.Imap;
import org.mailsim.imap.ImapSettings;
import org.mailsim.imap.fetch.MimeMessageParts;
import org.mailsim.net.Security;
import org.mailsim.net.SessionDriver;
import org.mailsim.pop3.Pop3;
import org.mailsim.pop3.Pop3Settings;
import org.mailsim.smtp.Smtp;
import org.mailsim.smtp.SmtpSettings;
import org.mailsim.store.Account;
import org.mailsim.store.MailStore;
import org.mailsim.store.RawMessage;

/**
 * The three engines on one store, as on the live server: mail sent with SMTP appears to an IMAP
 * session at once (in IDLE) as {@code * n EXISTS}; a POP3 download-and-delete is an expunge the
 * IMAP session sees — "my phone shows no mail after the laptop downloaded it".
 */
class CrossProtocolTest {
    private final MailStore store = MailStore.deterministic(SessionDriver.FIXED_CLOCK);
    private final SessionDriver phone;

    CrossProtocolTest() {
        store.addAccount(new Account("alice", "alice", "alice@mailsim.test", 0));
        store.addAccount(new Account("bob", "bob", "bob@mailsim.test", 0));
        store.deliver("alice", RawMessage.ofText("Subject: first\n\nhello\n"), null);
        phone = SessionDriver.open(Imap.sessions(store, ImapSettings.defaults().withAuthFailureDelay(Duration.ZERO), MimeMessageParts.INSTANCE),
                SessionDriver.context(993, Security.IMPLICIT_TLS, false));
        phone.send("p1 LOGIN alice alice");
        assertThat(phone.send("p2 SELECT INBOX")).contains("* 1 EXISTS");
    }

    @Test
    void mailSentOverSmtpIsPushedToAnImapSessionInIdle() {
        assertThat(phone.send("p3 IDLE")).containsExactly("+ idling");
        SessionDriver smtp = SessionDriver.open(Smtp.sessions(store, SmtpSettings.defaults().withAuthFailureDelay(Duration.ZERO)),
                SessionDriver.context(25, Security.NONE, false));
        smtp.send("EHLO mx.example.org", "MAIL FROM:<bob@example.org>", "RCPT TO:<alice@mailsim.test>", "DATA");
        assertThat(smtp.send("Subject: from SMTP", "", "Hi Alice", ".")).anyMatch(l -> l.startsWith("250 "));
        assertThat(phone.pushed()).as("RFC 2177: pushed at once while idling").containsExactly("* 2 EXISTS", "* 2 RECENT"); // RFC 3501 §7.3.2: both are \\Recent to this session
        assertThat(phone.send("DONE")).containsExactly("p3 OK Idle completed");
    }

    @Test
    void aPop3DeleteAtQuitIsAnExpungeTheImapSessionSees() {
        SessionDriver laptop = SessionDriver.open(Pop3.sessions(store, Pop3Settings.defaults().withAuthFailureDelay(Duration.ZERO)),
                SessionDriver.context(995, Security.IMPLICIT_TLS, false));
        laptop.send("USER alice");
        laptop.send("PASS alice");
        assertThat(laptop.send("RETR 1")).anyMatch(l -> l.equals("hello"));
        assertThat(laptop.send("DELE 1")).allMatch(l -> l.startsWith("+OK"));
        assertThat(phone.send("p3 NOOP")).as("DELE only marks: nothing happened yet").containsExactly("p3 OK NOOP completed");
        assertThat(laptop.send("QUIT")).allMatch(l -> l.startsWith("+OK"));
        assertThat(phone.send("p4 NOOP")).as("RFC 1939 §6: deleted in the UPDATE state").containsExactly("* 1 EXPUNGE", "* 0 RECENT", "p4 OK NOOP completed"); // RECENT: it changed (RFC 3501 §7.3.2)
        assertThat(store.folder("alice", "INBOX").exists()).isZero();
    }

    @Test
    void aPop3SessionThatDropsBeforeQuitDeletesNothing() {
        SessionDriver laptop = SessionDriver.open(Pop3.sessions(store, Pop3Settings.defaults().withAuthFailureDelay(Duration.ZERO)),
                SessionDriver.context(995, Security.IMPLICIT_TLS, false));
        laptop.send("USER alice", "PASS alice", "DELE 1");
        laptop.drop();
        assertThat(phone.send("p3 NOOP")).containsExactly("p3 OK NOOP completed");
        assertThat(store.folder("alice", "INBOX").exists()).isEqualTo(1);
    }
}
