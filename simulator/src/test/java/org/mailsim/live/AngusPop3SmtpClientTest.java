package org.mailsim.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mailsim.store.Account;
import org.mailsim.store.RawMessage;

/** Angus Mail against the live server over TCP: POP3 with STLS, POP3S, submission with STARTTLS + AUTH, and submissions (465). */
class AngusPop3SmtpClientTest {
    private static LiveServerFixture live;
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        live = new LiveServerFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        live.close();
    }

    private static String freshAccount(int messages) {
        String login = "pop" + ACCOUNTS.incrementAndGet();
        live.server.store().addAccount(new Account(login, "secret", login + "@mailsim.test", 0));
        for (int i = 1; i <= messages; i++) {
            live.server.store().deliver(login, RawMessage.ofText("From: bob@mailsim.test\nSubject: Message " + i
                    + "\n\nBody " + i + "\n.a line that starts with a dot\n"), null);
        }
        return login;
    }

    @ParameterizedTest
    @ValueSource(strings = {"pop3", "pop3s"})
    void downloadsAndDeletesAtQuit(String protocol) throws Exception {
        String login = freshAccount(2);
        try (Store store = live.mailSession(protocol, protocol.equals("pop3")).getStore(protocol)) {
            store.connect(login, "secret");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            assertThat(inbox.getMessageCount()).isEqualTo(2);
            Message first = inbox.getMessage(1);
            assertThat(first.getSubject()).isEqualTo("Message 1");
            assertThat(first.getContent().toString()).contains("Body 1", "\n.a line that starts with a dot"); // dot-stuffing undone
            first.setFlag(Flags.Flag.DELETED, true);
            assertThat(live.server.store().folder(login, "INBOX").exists()).as("DELE only marks").isEqualTo(2);
            inbox.close(true); // QUIT: the UPDATE state removes what was marked (RFC 1939 §6)
        }
        assertThat(live.server.store().folder(login, "INBOX").messages())
                .extracting(m -> m.summary().subject()).containsExactly("Message 2");
    }

    @Test
    void aMaildropLockedOverPop3sIsLockedOverPop3WithStlsToo() throws Exception {
        String login = freshAccount(1);
        try (Store first = live.mailSession("pop3s", false).getStore("pop3s");
             Store second = live.mailSession("pop3", true).getStore("pop3")) {
            first.connect(login, "secret"); // logged in: the maildrop is locked from here (RFC 1939 §8)
            assertThatThrownBy(() -> second.connect(login, "secret"))
                    .isInstanceOf(AuthenticationFailedException.class).hasMessageContaining("[IN-USE]");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pop3", "pop3s"})
    void closingWithoutExpungeDeletesNothing(String protocol) throws Exception {
        String login = freshAccount(1);
        try (Store store = live.mailSession(protocol, protocol.equals("pop3")).getStore(protocol)) {
            store.connect(login, "secret");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.getMessage(1).setFlag(Flags.Flag.DELETED, true);
            inbox.close(false); // RSET-free QUIT with nothing marked: Angus sends no DELE
        }
        assertThat(live.server.store().folder(login, "INBOX").exists()).isEqualTo(1);
    }

    @Test
    void pop3WrongPasswordIsRefused() {
        String login = freshAccount(0);
        assertThatThrownBy(() -> live.mailSession("pop3s", false).getStore("pop3s").connect(login, "wrong"))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"smtp", "smtps"})
    void submitsWithAuthAndTheMessageArrives(String protocol) throws Exception {
        String sender = freshAccount(0);
        String recipient = freshAccount(0);
        var session = live.mailSession(protocol, protocol.equals("smtp"));
        session.getProperties().put("mail." + protocol + ".auth", "true");
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(sender + "@mailsim.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient + "@mailsim.test"));
        message.setSubject("Sent with " + protocol);
        message.setText("Hello over " + protocol + "\n.dot line\n");
        try (Transport transport = session.getTransport(protocol)) {
            transport.connect(sender, "secret");
            transport.sendMessage(message, message.getAllRecipients());
        }
        var inbox = live.server.store().folder(recipient, "INBOX");
        assertThat(inbox.messages()).hasSize(1);
        String raw = new String(inbox.messages().get(0).raw().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(raw).startsWith("Received: ").contains("Subject: Sent with " + protocol, "\r\n.dot line\r\n");
    }

    @Test
    void submissionWithoutAuthIsRefused() throws Exception {
        String recipient = freshAccount(0);
        var session = live.mailSession("smtp", true);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("stranger@example.com"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient + "@mailsim.test"));
        message.setText("no login");
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            assertThatThrownBy(() -> transport.sendMessage(message, message.getAllRecipients()))
                    .hasMessageContaining("530");
        }
        assertThat(live.server.store().folder(recipient, "INBOX").exists()).isZero();
    }
}
