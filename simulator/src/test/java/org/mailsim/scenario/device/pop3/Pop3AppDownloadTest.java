package org.mailsim.scenario.device.pop3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Protocol;
import org.mailsim.net.Security;
import org.mailsim.scenario.Action;
import org.mailsim.scenario.device.MessageRow;
import org.mailsim.scenario.device.OpenedMessage;
import org.mailsim.scenario.device.smtp.MailWorld;

/** Alice's laptop and phone both have a POP account: who downloads first, and what stays on the server. */
class Pop3AppDownloadTest {

    private final MailWorld world = new MailWorld();

    private Pop3App app(MailWorld.Device device) {
        return new Pop3App(world.context(device));
    }

    private static MailWorld.Device device(String name) {
        return MailWorld.device(name, Protocol.POP3, 995, Security.IMPLICIT_TLS).trusting();
    }

    @Test
    void theLaptopDownloadsAndDeletesByDefaultSoThePhoneFindsAnEmptyInbox() {
        Pop3App laptop = app(device("laptop"));
        Pop3App phone = app(device("phone"));

        assertThat(laptop.perform(new Action.CheckMail()))
                .containsExactly("2 new messages downloaded", "2 removed from the server (\"Leave a copy on the server\" is off)");
        assertThat(world.inboxOnServer("alice")).isEmpty();
        assertThat(laptop.view().messages()).extracting(MessageRow::subject).containsExactly("Lunch?", "Minutes");
        assertThat(laptop.view().unread()).isEqualTo(2);

        assertThat(phone.perform(new Action.CheckMail())).containsExactly("No new messages");
        assertThat(phone.view().messages()).isEmpty();
    }

    @Test
    void withLeaveOnServerEachDeviceDownloadsOnceAndReadStateStaysOnTheDevice() {
        Pop3App laptop = app(device("laptop").leaveOnServer(Optional.empty()));
        Pop3App phone = app(device("phone").leaveOnServer(Optional.empty()));

        assertThat(laptop.perform(new Action.CheckMail())).containsExactly("2 new messages downloaded");
        assertThat(phone.perform(new Action.CheckMail())).containsExactly("2 new messages downloaded");
        assertThat(laptop.perform(new Action.CheckMail())).containsExactly("No new messages");
        assertThat(laptop.view().messages()).hasSize(2);
        assertThat(world.inboxOnServer("alice")).containsExactly("Lunch?", "Minutes");

        laptop.perform(new Action.OpenMessage(1));
        assertThat(laptop.view().opened()).map(OpenedMessage::text).contains("Noon at the cafe?\n");
        assertThat(laptop.view().messages()).extracting(MessageRow::unread).containsExactly(false, true);
        assertThat(phone.view().messages()).extracting(MessageRow::unread).containsExactly(true, true);
        // POP3 has no flags, but like Dovecot the server marks what RETR downloaded \Seen at the end of the session
        assertThat(world.server.store().folder("alice", "INBOX").unseen()).isZero();
    }

    @Test
    void deleteAfterDaysRemovesFromTheServerOnlyOnceTheDaysHavePassed() {
        Pop3App laptop = app(device("laptop").leaveOnServer(Optional.of(7)));
        laptop.perform(new Action.CheckMail());

        world.server.clock().advance(Duration.ofDays(3));
        assertThat(laptop.perform(new Action.CheckMail())).containsExactly("No new messages");
        assertThat(world.inboxOnServer("alice")).hasSize(2);

        world.server.clock().advance(Duration.ofDays(5));
        assertThat(laptop.perform(new Action.CheckMail()))
                .containsExactly("No new messages", "2 removed from the server (downloaded more than 7 days ago)");
        assertThat(world.inboxOnServer("alice")).isEmpty();
        assertThat(laptop.view().messages()).hasSize(2);
    }

    @Test
    void deletingALocalCopyLeavesTheServerCopyAndDoesNotDownloadItAgain() {
        Pop3App laptop = app(device("laptop").leaveOnServer(Optional.empty()));
        laptop.perform(new Action.CheckMail());

        assertThat(laptop.perform(new Action.Delete(1))).containsExactly("Deleted on this device only; the copy on the server stays");
        assertThat(laptop.perform(new Action.CheckMail())).containsExactly("No new messages");
        assertThat(laptop.view().messages()).extracting(MessageRow::subject).containsExactly("Minutes");
        assertThat(world.inboxOnServer("alice")).hasSize(2);
    }

    @Test
    void flagsAndReadStateAreLocal() {
        Pop3App laptop = app(device("laptop"));
        laptop.perform(new Action.CheckMail());

        laptop.perform(new Action.Flag(2, true));
        laptop.perform(new Action.MarkRead(2, true));
        laptop.perform(new Action.PreviewMessage(1));

        assertThat(laptop.view().messages()).extracting(MessageRow::flagged, MessageRow::unread)
                .containsExactly(tuple(false, true), tuple(true, false));
        assertThat(laptop.perform(new Action.OpenMessage(3))).containsExactly("There is no message 3 in Inbox");
    }

    @Test
    void serverFoldersSearchAndPushAreNotPartOfPop3() {
        Pop3App laptop = app(device("laptop"));

        assertThat(laptop.perform(new Action.Move(1, "Archive"))).containsExactly(Pop3App.NO_FOLDERS);
        assertThat(laptop.perform(new Action.OpenFolder("Archive"))).containsExactly(Pop3App.NO_FOLDERS);
        assertThat(laptop.perform(new Action.WaitForPush())).singleElement().asString().startsWith("POP3 has no push");
        assertThat(laptop.perform(new Action.Search("lunch"))).singleElement().asString().startsWith("POP3 has no search");
        assertThat(laptop.view().folders()).containsExactly("Inbox");
    }

    @Test
    void sendingDeliversAndKeepsACopyInALocalSentFolder() {
        Pop3App laptop = app(device("laptop"));

        assertThat(laptop.perform(new Action.Send("bob@mailsim.test", "Notes", "Here they are."))).containsExactly("Sent");
        assertThat(world.inboxOnServer("bob")).containsExactly("Notes");
        assertThat(laptop.view().folders()).containsExactly("Inbox", "Sent");

        laptop.perform(new Action.OpenFolder("Sent"));
        assertThat(laptop.view().messages()).singleElement()
                .isEqualTo(new MessageRow("sent-1", "alice@mailsim.test", "Notes", false, false, false));
    }

    @Test
    void aMessageSentToOneselfComesBackDecoded() {
        Pop3App laptop = app(device("laptop"));
        laptop.perform(new Action.Send("alice@mailsim.test", "Café", "Un café ?\n.et un point"));

        laptop.perform(new Action.CheckMail());
        assertThat(laptop.perform(new Action.OpenFolder("INBOX"))).isEmpty();
        laptop.perform(new Action.OpenMessage(3));
        assertThat(laptop.view().opened()).contains(new OpenedMessage("0000000100000003", "alice@mailsim.test", "Café",
                "Un café ?\n.et un point\n"));
    }
}
