package org.mailsim.scenario.device.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.scenario.device.imap.ImapAppFixture.checkMail;

import org.junit.jupiter.api.Test;
import org.mailsim.scenario.Action;
import org.mailsim.scenario.device.MessageRow;

/** Push with IDLE (RFC 2177), and what a device that was offline learns when it is back. */
class ImapAppPushTest {
    private final ImapAppFixture fixture = new ImapAppFixture();
    private final ImapApp phone = fixture.app("phone");
    private final ImapApp laptop = fixture.app("laptop");

    @Test
    void aLaptopWaitingForPushSeesThePhoneMoveAMessage() {
        laptop.perform(new Action.WaitForPush());
        assertThat(fixture.commandsOf("laptop")).last().isEqualTo("IDLE");
        phone.perform(checkMail());

        phone.perform(new Action.Move(1, "Work"));
        assertThat(laptop.view().messages()).hasSize(3); // nothing read yet

        assertThat(laptop.settle()).isEmpty();
        assertThat(laptop.view().messages()).extracting(MessageRow::subject).containsExactly("Lunch?", "Invoice 42");
        assertThat(fixture.receivedBy("laptop")).contains("* 1 EXPUNGE");
        assertThat(fixture.commandsOf("laptop")).endsWith("IDLE", "DONE", "IDLE");
    }

    @Test
    void newMailPushedDuringIdleIsFetchedHeadersFirst() {
        laptop.perform(new Action.WaitForPush());
        phone.perform(new Action.Send("alice@mailsim.test", "Lunch", "See you at noon."));
        phone.perform(new Action.OpenFolder("Sent"));
        phone.perform(new Action.Move(1, "INBOX"));

        assertThat(laptop.settle()).containsExactly("1 new message");

        assertThat(laptop.view().messages()).extracting(MessageRow::subject).containsExactly("Minutes", "Lunch?", "Invoice 42", "Lunch");
        assertThat(fixture.commandsOf("laptop")).endsWith("IDLE", "DONE",
                "UID FETCH 4:* (UID FLAGS RFC822.SIZE BODY.PEEK[HEADER.FIELDS (FROM TO SUBJECT DATE)])", "IDLE");
    }

    @Test
    void settleNeverWaitsWhenNothingHappened() {
        laptop.perform(new Action.WaitForPush());
        var before = fixture.server.clock().instant();

        assertThat(laptop.settle()).isEmpty();

        assertThat(fixture.server.clock().instant()).isEqualTo(before);
        assertThat(fixture.commandsOf("laptop")).last().isEqualTo("IDLE");
    }

    @Test
    void anActionEndsIdleFirstAndTheAppIdlesAgainAfterIt() {
        laptop.perform(new Action.WaitForPush());

        laptop.perform(new Action.Flag(2, true));

        assertThat(fixture.commandsOf("laptop")).endsWith("IDLE", "DONE", "UID STORE 2 +FLAGS (\\Flagged)", "IDLE");
        assertThat(laptop.view().messages().get(1).flagged()).isTrue();
    }

    @Test
    void changesMadeWhileOfflineArriveWhenTheDeviceComesBackOnline() {
        laptop.perform(checkMail());
        laptop.perform(new Action.GoOffline());
        assertThat(laptop.view().connection()).isEqualTo("offline");
        int commandsBefore = fixture.commandsOf("laptop").size();

        phone.perform(checkMail());
        phone.perform(new Action.OpenMessage(3));
        phone.perform(new Action.Delete(1));
        assertThat(laptop.perform(checkMail())).containsExactly("Offline: cannot check mail until the network is back");
        assertThat(laptop.view().messages()).extracting(MessageRow::subject).containsExactly("Minutes", "Lunch?", "Invoice 42");

        laptop.perform(new Action.ComeOnline());

        assertThat(fixture.commandsOf("laptop")).doesNotContain("LOGOUT");
        assertThat(fixture.commandsOf("laptop").subList(commandsBefore, fixture.commandsOf("laptop").size())).containsExactly(
                "AUTHENTICATE PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=",
                "LIST \"\" \"*\"", // folders are listed at every login: ones made elsewhere appear
                "SELECT INBOX",
                "UID FETCH 4:* (UID FLAGS RFC822.SIZE BODY.PEEK[HEADER.FIELDS (FROM TO SUBJECT DATE)])",
                "UID FETCH 1:3 (UID FLAGS)");
        assertThat(laptop.view().connection()).isEqualTo("connected (IMAP over TLS, port 993)");
        assertThat(laptop.view().messages()).extracting(MessageRow::subject, MessageRow::unread).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lunch?", true),
                org.assertj.core.groups.Tuple.tuple("Invoice 42", false));
    }

    @Test
    void quitLogsOutPolitely() {
        phone.perform(checkMail());

        phone.perform(new Action.Quit());

        assertThat(fixture.commandsOf("phone")).last().isEqualTo("LOGOUT");
        assertThat(fixture.receivedBy("phone")).anyMatch(line -> line.startsWith("* BYE"));
        assertThat(phone.view().connection()).isEqualTo("not connected");
    }

    @Test
    void quittingWhileOfflineSendsNothing() {
        phone.perform(checkMail());
        phone.perform(new Action.GoOffline());
        int sent = fixture.sentBy("phone").size();

        assertThat(phone.perform(new Action.Quit())).isEmpty();

        assertThat(fixture.sentBy("phone")).hasSize(sent);
        assertThat(fixture.connections("phone")).allMatch(c -> !c.info().isOpen());
    }
}
