package org.mailsim.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Store;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mailsim.store.Account;
import org.mailsim.store.RawMessage;

/** Angus Mail (Jakarta Mail), a real IMAP client, against the live server over TCP: IMAP with STARTTLS, and IMAPS. */
class AngusImapClientTest {
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

    /** A fresh account with three messages, so tests do not see each other's changes. */
    private static String freshAccount() {
        String login = "imap" + ACCOUNTS.incrementAndGet();
        live.server.store().addAccount(new Account(login, "secret", login + "@mailsim.test", 0));
        for (int i = 1; i <= 3; i++) {
            live.server.store().deliver(login, RawMessage.ofText("From: Bob <bob@mailsim.test>\nTo: " + login
                    + "@mailsim.test\nSubject: Message " + i + "\nDate: Thu, 15 Jan 2026 10:0" + i + ":00 +0000\n\nBody " + i + "\n"), null);
        }
        return login;
    }

    private static Store connect(String protocol, String login) throws Exception {
        Store store = live.mailSession(protocol, protocol.equals("imap")).getStore(protocol);
        store.connect(login, "secret");
        return store;
    }

    @ParameterizedTest
    @ValueSource(strings = {"imap", "imaps"})
    void listsFoldersWithTheirSpecialUse(String protocol) throws Exception {
        String login = freshAccount();
        try (Store store = connect(protocol, login)) {
            String[] names = Arrays.stream(store.getDefaultFolder().list("*")).map(Folder::getFullName).toArray(String[]::new);
            assertThat(names).contains("INBOX", "Sent", "Drafts", "Trash", "Archive", "Junk");
            assertThat(((IMAPFolder) store.getFolder("Sent")).getAttributes()).contains("\\Sent");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"imap", "imaps"})
    void readsAMessageWhichMarksItSeen(String protocol) throws Exception {
        String login = freshAccount();
        try (Store store = connect(protocol, login)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            assertThat(inbox.getMessageCount()).isEqualTo(3);
            assertThat(inbox.getUnreadMessageCount()).isEqualTo(3);
            Message first = inbox.getMessage(1);
            assertThat(first.getSubject()).isEqualTo("Message 1");
            assertThat(first.getContent().toString()).contains("Body 1");
            inbox.close(false);
        }
        assertThat(live.server.store().folder(login, "INBOX").unseen()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"imap", "imaps"})
    void flagsAMessage(String protocol) throws Exception {
        String login = freshAccount();
        try (Store store = connect(protocol, login)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.getMessage(2).setFlag(Flags.Flag.FLAGGED, true);
            inbox.close(false);
        }
        try (Store store = connect(protocol, login)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.getMessage(2).isSet(Flags.Flag.FLAGGED)).isTrue();
            assertThat(inbox.getMessage(1).isSet(Flags.Flag.FLAGGED)).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"imap", "imaps"})
    void movesAMessageToArchive(String protocol) throws Exception {
        String login = freshAccount();
        try (Store store = connect(protocol, login)) {
            IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Message first = inbox.getMessage(1);
            inbox.moveMessages(new Message[] {first}, store.getFolder("Archive"));
            // RFC 6851 §3.3: the server's "* 1 EXPUNGE" came before the tagged OK, so the client knows it is gone.
            assertThat(first.isExpunged()).isTrue();
            inbox.close(false);
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.getMessageCount()).isEqualTo(2);
            inbox.close(false);
        }
        assertThat(live.server.store().folder(login, "Archive").messages())
                .extracting(m -> m.summary().subject()).containsExactly("Message 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"imap", "imaps"})
    void deletesAndExpunges(String protocol) throws Exception {
        String login = freshAccount();
        try (Store store = connect(protocol, login)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.getMessage(3).setFlag(Flags.Flag.DELETED, true);
            Message[] gone = inbox.expunge();
            assertThat(gone).hasSize(1);
            assertThat(inbox.getMessageCount()).isEqualTo(2);
            inbox.close(false);
        }
        assertThat(live.server.store().folder(login, "INBOX").messages())
                .extracting(m -> m.summary().subject()).containsExactly("Message 1", "Message 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"imap", "imaps"})
    void idleHearsOfNewMailAtOnce(String protocol) throws Exception {
        String login = freshAccount();
        try (Store store = connect(protocol, login)) {
            IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            CountDownLatch arrived = new CountDownLatch(1);
            inbox.addMessageCountListener(new MessageCountAdapter() {
                @Override
                public void messagesAdded(MessageCountEvent e) {
                    arrived.countDown();
                }
            });
            Thread idler = Thread.ofVirtual().start(() -> {
                try {
                    inbox.idle(true); // returns after the first notification
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300); // let IDLE reach the server
            live.server.store().deliver(login, RawMessage.ofText("Subject: pushed\n\nnew\n"), null);
            assertThat(arrived.await(5, TimeUnit.SECONDS)).as("EXISTS pushed during IDLE").isTrue();
            idler.join(5000);
            assertThat(inbox.getMessageCount()).isEqualTo(4);
            inbox.close(false);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"imap", "imaps"})
    void readsAMultipartMessageWithAnAttachment(String protocol) throws Exception {
        String login = freshAccount();
        live.server.store().deliver(login, RawMessage.ofText("""
                From: Billing <billing@books.mailsim.test>
                To: someone@mailsim.test
                Subject: Invoice
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain; charset=us-ascii

                Your invoice is attached.
                --b1
                Content-Type: text/plain; name="invoice.txt"
                Content-Disposition: attachment; filename="invoice.txt"
                Content-Transfer-Encoding: base64

                SW52b2ljZSA0Mg==
                --b1--
                """), null);
        try (Store store = connect(protocol, login)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message invoice = inbox.getMessage(4);
            // Angus reads BODYSTRUCTURE, then fetches each part with BODY[n] (RFC 3501 §6.4.5).
            var parts = (jakarta.mail.Multipart) invoice.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            assertThat(parts.getBodyPart(0).getContent().toString()).contains("Your invoice is attached.");
            assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("invoice.txt");
            assertThat(new String(parts.getBodyPart(1).getInputStream().readAllBytes())).isEqualTo("Invoice 42");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"imap", "imaps"})
    void wrongPasswordIsRefused(String protocol) throws Exception {
        String login = freshAccount();
        Store store = live.mailSession(protocol, protocol.equals("imap")).getStore(protocol);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.connect(login, "wrong"))
                .isInstanceOf(AuthenticationFailedException.class);
    }
}
