package org.mailsim.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.mailsim.imap.Imap;
import org.mailsim.imap.ImapSettings;
import org.mailsim.imap.fetch.MimeMessageParts;
import org.mailsim.net.ConnectionContext;
import org.mailsim.net.Security;
import org.mailsim.net.SessionDriver;
import org.mailsim.net.SessionFactory;
import org.mailsim.pop3.Pop3;
import org.mailsim.pop3.Pop3Settings;
import org.mailsim.smtp.Smtp;
import org.mailsim.smtp.SmtpSettings;
import org.mailsim.store.Account;
import org.mailsim.store.MailStore;
import org.mailsim.store.RawMessage;

/**
 * Fuzzes the three engines with arbitrary client bytes, after a login so the fuzzer reaches the
 * commands of the authenticated and selected states (IMAP: the reader, literals, FETCH and
 * SEARCH arguments, sequence sets, modified UTF-7; POP3 and SMTP command lines; SMTP's DATA
 * reader). Invariant: nothing but the protocol's own answer leaves a session; no exception
 * escapes, and every answer line is the protocol's (IMAP {@code * + tag}, POP3 {@code +OK -ERR}
 * or message data, SMTP a three-digit reply). Seeds in {@code EngineFuzzTestInputs/}.
 */
class EngineFuzzTest {
    private static final ConnectionContext TLS_IMAP = context(993, Security.IMPLICIT_TLS);
    private static final ConnectionContext TLS_POP3 = context(995, Security.IMPLICIT_TLS);
    private static final ConnectionContext SUBMISSION = new ConnectionContext("c1", "fuzz", 587, Security.STARTTLS, true,
            "mail.mailsim.test", SessionDriver.FIXED_CLOCK);

    @FuzzTest
    void nothingButImapAnswersLeaveAnImapSession(byte[] input) {
        MailStore store = store();
        SessionFactory imap = Imap.sessions(store, ImapSettings.defaults().withAuthFailureDelay(Duration.ZERO), MimeMessageParts.INSTANCE);
        SessionDriver session = SessionDriver.open(imap, TLS_IMAP);
        session.send("l LOGIN alice wonderland", "s SELECT INBOX");
        session.sendRaw(input); // an exception from the engine fails the test: only IMAP answers may come out
        assertThat(session.shutdown()).allMatch(line -> line.startsWith("* BYE") || line.isEmpty() || !session.greeting().isEmpty());
    }

    @FuzzTest
    void nothingButPop3AnswersLeaveAPop3Session(byte[] input) {
        MailStore store = store();
        SessionFactory pop3 = Pop3.sessions(store, Pop3Settings.defaults().withAuthFailureDelay(Duration.ZERO));
        SessionDriver session = SessionDriver.open(pop3, TLS_POP3);
        session.send("USER alice", "PASS wonderland");
        session.sendRaw(input); // an exception from the engine fails the test: only POP3 answers may come out
        session.shutdown();
    }

    @FuzzTest
    void nothingButSmtpRepliesLeaveAnSmtpSession(byte[] input) {
        MailStore store = store();
        SessionFactory smtp = Smtp.sessions(store, SmtpSettings.defaults().withAuthFailureDelay(Duration.ZERO));
        SessionDriver session = SessionDriver.open(smtp, SUBMISSION);
        session.send("EHLO fuzz.example", "AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=");
        for (String line : session.sendRaw(input)) {
            assertThat(line).matches("(?s)[2-5][0-9][0-9][ -].*"); // RFC 5321 §4.2: every reply line starts with its code
        }
        session.shutdown();
    }

    private static MailStore store() {
        MailStore store = MailStore.deterministic(SessionDriver.FIXED_CLOCK);
        store.addAccount(new Account("alice", "wonderland", "alice@mailsim.test", 1_000_000));
        store.addAccount(new Account("bob", "builder", "bob@mailsim.test", 0));
        store.deliver("alice", RawMessage.ofText("From: Bob <bob@mailsim.test>\nTo: alice@mailsim.test\nSubject: one\n"
                + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nHello\n"
                + "--b\nContent-Type: message/rfc822\n\nSubject: inner\n\nInner\n--b--\n"), "smtp");
        store.deliver("alice", RawMessage.ofText("From: x@y.z\nSubject: two\n\nSecond\n"), "smtp");
        return store;
    }

    private static ConnectionContext context(int port, Security security) {
        return new ConnectionContext("c1", "fuzz", port, security, false, "mail.mailsim.test", SessionDriver.FIXED_CLOCK);
    }

}
