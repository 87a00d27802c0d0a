package org.mailsim.scenario.device.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.scenario.device.imap.ImapAppFixture.checkMail;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mailsim.scenario.Action;
import org.mailsim.scenario.device.MessageRow;
import org.mailsim.store.Flags;
import org.mailsim.store.RawMessage;

/** Two devices on alice's account: what one does, the other sees when it syncs. */
class ImapAppSyncTest {
    private final ImapAppFixture fixture = new ImapAppFixture();
    private final ImapApp phone = fixture.app("phone");
    private final ImapApp laptop = fixture.app("laptop");

    @Test
    void firstCheckListsFoldersSelectsInboxAndFetchesHeadersOnly() {
        assertThat(phone.perform(checkMail())).isEmpty();

        assertThat(fixture.commandsOf("phone")).containsExactly(
                "AUTHENTICATE PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=",
                "LIST \"\" \"*\"",
                "SELECT INBOX",
                "UID FETCH 1:* (UID FLAGS RFC822.SIZE BODY.PEEK[HEADER.FIELDS (FROM TO SUBJECT DATE)])");
        var view = phone.view();
        assertThat(view.connection()).isEqualTo("connected (IMAP over TLS, port 993)");
        assertThat(view.folders()).containsExactly("INBOX", "Archive", "Drafts", "Junk", "Sent", "Trash", "Work");
        assertThat(view.messages()).extracting(MessageRow::id, MessageRow::from, MessageRow::subject, MessageRow::unread).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", "bob@mailsim.test", "Minutes", false),
                org.assertj.core.groups.Tuple.tuple("2", "carol@mailsim.test", "Lunch?", true),
                org.assertj.core.groups.Tuple.tuple("3", "dave@mailsim.test", "Invoice 42", true));
        assertThat(view.unread()).isEqualTo(2);
    }

    @Test
    void readingOnThePhoneShowsAsReadOnTheLaptopAfterItsSync() {
        phone.perform(checkMail());
        laptop.perform(checkMail());

        phone.perform(new Action.OpenMessage(2));
        assertThat(phone.view().opened()).hasValueSatisfying(m -> {
            assertThat(m.subject()).isEqualTo("Lunch?");
            assertThat(m.text()).isEqualTo("Shall we have lunch on Friday?\r\n");
        });
        assertThat(phone.view().messages().get(1).unread()).isFalse();
        assertThat(fixture.commandsOf("phone")).contains("UID FETCH 2 (BODY[])");

        assertThat(laptop.view().messages().get(1).unread()).isTrue();
        laptop.perform(checkMail());
        assertThat(laptop.view().messages().get(1).unread()).isFalse();
        assertThat(fixture.commandsOf("laptop")).endsWith(
                "NOOP",
                "UID FETCH 4:* (UID FLAGS RFC822.SIZE BODY.PEEK[HEADER.FIELDS (FROM TO SUBJECT DATE)])",
                "UID FETCH 1:3 (UID FLAGS)");
        assertThat(fixture.commandsOf("laptop")).noneMatch(c -> c.contains("BODY["));
    }

    @Test
    void aPreviewOfSeveralLinesIsShownAsOneLine() {
        fixture.server.store().append("alice", "INBOX", RawMessage.ofText(
                "From: erin@mailsim.test\r\nSubject: Trip\r\n\r\nDay one:\r\n\r\n  the lake.\r\nDay two: hills.\r\n"),
                Flags.parse(List.of()), Instant.parse("2026-01-14T12:00:00Z"), null);
        phone.perform(checkMail());

        assertThat(phone.perform(new Action.PreviewMessage(4))).containsExactly("Preview: Day one: the lake. Day two: hills.");
    }

    @Test
    void previewShowsTheStartOfTheTextButLeavesTheMessageUnread() {
        phone.perform(checkMail());

        assertThat(phone.perform(new Action.PreviewMessage(3))).containsExactly("Preview: Please find invoice 42 below.");

        assertThat(fixture.commandsOf("phone")).contains("UID FETCH 3 (BODY.PEEK[TEXT]<0.200>)");
        assertThat(phone.view().messages().get(2).unread()).isTrue();
        laptop.perform(checkMail());
        assertThat(laptop.view().messages().get(2).unread()).isTrue();
    }

    @Test
    void markingReadUnreadAndFlaggingAreStoredOnTheServer() {
        phone.perform(checkMail());
        laptop.perform(checkMail());

        phone.perform(new Action.MarkRead(1, false));
        phone.perform(new Action.MarkRead(3, true));
        phone.perform(new Action.Flag(2, true));
        assertThat(fixture.commandsOf("phone")).contains("UID STORE 1 -FLAGS (\\Seen)", "UID STORE 3 +FLAGS (\\Seen)",
                "UID STORE 2 +FLAGS (\\Flagged)");

        laptop.perform(checkMail());
        assertThat(laptop.view().messages()).extracting(MessageRow::unread).containsExactly(true, true, false);
        assertThat(laptop.view().messages()).extracting(MessageRow::flagged).containsExactly(false, true, false);
    }

    @Test
    void deletingMovesToTrashAndTheOtherDeviceSeesItGone() {
        phone.perform(checkMail());
        laptop.perform(checkMail());

        phone.perform(new Action.Delete(1));

        assertThat(fixture.commandsOf("phone")).contains("UID MOVE 1 Trash");
        assertThat(phone.view().messages()).extracting(MessageRow::subject).containsExactly("Lunch?", "Invoice 42");
        laptop.perform(checkMail());
        assertThat(laptop.view().messages()).extracting(MessageRow::subject).containsExactly("Lunch?", "Invoice 42");
        laptop.perform(new Action.OpenFolder("Trash"));
        assertThat(laptop.view().folder()).isEqualTo("Trash");
        assertThat(laptop.view().messages()).extracting(MessageRow::subject).containsExactly("Minutes");
    }

    @Test
    void markOnlyLeavesTheMessageStruckThroughUntilExpunge() {
        ImapApp old = fixture.app("old-pc", 993, org.mailsim.net.Security.IMPLICIT_TLS,
                s -> new org.mailsim.scenario.DeviceSettings(s.leaveOnServer(), s.deleteAfterDays(), s.checkEveryMinutes(),
                        s.trustCertificate(), s.tlsPolicy(), s.serverName(), s.password(),
                        org.mailsim.scenario.DeviceSettings.DeleteMethod.MARK_ONLY));
        old.perform(checkMail());
        laptop.perform(checkMail());

        old.perform(new Action.Delete(2));
        assertThat(old.view().messages()).extracting(MessageRow::deleted).containsExactly(false, true, false);
        laptop.perform(checkMail());
        assertThat(laptop.view().messages()).extracting(MessageRow::deleted).containsExactly(false, true, false);

        old.perform(new Action.Expunge());
        assertThat(fixture.commandsOf("old-pc")).contains("UID STORE 2 +FLAGS (\\Deleted)", "EXPUNGE");
        assertThat(old.view().messages()).extracting(MessageRow::subject).containsExactly("Minutes", "Invoice 42");
        laptop.perform(checkMail());
        assertThat(laptop.view().messages()).extracting(MessageRow::subject).containsExactly("Minutes", "Invoice 42");
    }

    @Test
    void movingToAFolderShowsThereOnTheOtherDevice() {
        phone.perform(checkMail());
        laptop.perform(new Action.OpenFolder("Work"));
        assertThat(laptop.view().messages()).isEmpty();

        phone.perform(new Action.Move(3, "Work"));

        assertThat(fixture.commandsOf("phone")).contains("UID MOVE 3 Work");
        laptop.perform(checkMail());
        assertThat(laptop.view().messages()).extracting(MessageRow::subject).containsExactly("Invoice 42");
    }

    @Test
    void createFolderSubscribesAndSearchCountsMatches() {
        phone.perform(checkMail());

        phone.perform(new Action.CreateFolder("Receipts"));
        assertThat(phone.perform(new Action.Search("invoice"))).containsExactly("Found 1 message");

        assertThat(fixture.commandsOf("phone")).contains("CREATE Receipts", "SUBSCRIBE Receipts",
                "UID SEARCH CHARSET UTF-8 TEXT \"invoice\"");
        assertThat(phone.view().folders()).contains("Receipts");
        assertThat(fixture.server.store().folderExists("alice", "Receipts")).isTrue();
    }

    @Test
    void aMessageNumberPastTheListIsANoticeAndTheAppStaysConnected() {
        phone.perform(checkMail());

        assertThat(phone.perform(new Action.OpenMessage(9))).containsExactly("There is no message 9 in this folder");
        assertThat(phone.view().connection()).startsWith("connected");
    }

    @Test
    void aChangedUidValidityMakesTheAppForgetItsCacheAndFetchEverything() {
        phone.perform(new Action.OpenFolder("Work"));
        laptop.perform(checkMail());
        laptop.perform(new Action.Move(1, "Work"));
        phone.perform(checkMail());
        assertThat(phone.view().messages()).extracting(MessageRow::subject).containsExactly("Minutes");

        laptop.type("x1 DELETE Work");
        laptop.type("x2 CREATE Work");
        phone.perform(new Action.OpenFolder("INBOX"));
        phone.perform(new Action.OpenFolder("Work"));

        assertThat(phone.view().messages()).isEmpty();
        assertThat(fixture.commandsOf("phone")).last().isEqualTo(
                "UID FETCH 1:* (UID FLAGS RFC822.SIZE BODY.PEEK[HEADER.FIELDS (FROM TO SUBJECT DATE)])");
    }

    @Test
    void openingAFolderThatDoesNotExistIsANoticeAndTheListStays() {
        phone.perform(checkMail());

        assertThat(phone.perform(new Action.OpenFolder("Holidays"))).containsExactly("Cannot open the folder Holidays");

        assertThat(phone.view().folder()).isEqualTo("INBOX");
        assertThat(phone.view().messages()).hasSize(3);
        assertThat(fixture.commandsOf("phone")).endsWith("SELECT Holidays", "SELECT INBOX",
                "UID FETCH 4:* (UID FLAGS RFC822.SIZE BODY.PEEK[HEADER.FIELDS (FROM TO SUBJECT DATE)])", "UID FETCH 1:3 (UID FLAGS)");
    }

    @Test
    void withoutMoveTheAppCopiesMarksAndExpungesJustThatUid() {
        ImapAppFixture older = new ImapAppFixture(true);
        older.server.network().placeOnPath("phone", (id, direction, bytes) -> direction == org.mailsim.wire.Direction.CLIENT_TO_SERVER
                ? bytes : new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace(" MOVE", "")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        ImapApp plain = older.app("phone", 143, org.mailsim.net.Security.NONE, s -> s);
        plain.perform(checkMail());

        plain.perform(new Action.Delete(2));

        assertThat(older.commandsOf("phone")).endsWith("UID COPY 2 Trash", "UID STORE 2 +FLAGS.SILENT (\\Deleted)", "UID EXPUNGE 2");
        assertThat(plain.view().messages()).extracting(MessageRow::subject).containsExactly("Minutes", "Invoice 42");
    }
}
