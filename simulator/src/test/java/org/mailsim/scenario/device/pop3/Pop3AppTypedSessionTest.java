package org.mailsim.scenario.device.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Protocol;
import org.mailsim.net.Security;
import org.mailsim.scenario.Action;
import org.mailsim.scenario.device.smtp.MailWorld;

/** The learner types POP3 by hand on the laptop: deletions count only after QUIT (RFC 1939 §6). */
class Pop3AppTypedSessionTest {

    private final MailWorld world = new MailWorld();
    private final Pop3App laptop = new Pop3App(world.context(device("laptop")));

    private static MailWorld.Device device(String name) {
        return MailWorld.device(name, Protocol.POP3, 995, Security.IMPLICIT_TLS).trusting();
    }

    private void logIn() {
        assertThat(laptop.type("USER alice")).hasSize(2).first().asString().startsWith("+OK POP3 server ready <");
        assertThat(laptop.type("PASS wonderland")).singleElement().asString().startsWith("+OK");
    }

    @Test
    void typingConnectsAndReadsTheGreetingButDoesNotLogIn() {
        assertThat(laptop.view().connection()).isEqualTo("not connected");
        assertThat(laptop.type("STAT")).satisfiesExactly(
                greeting -> assertThat(greeting).startsWith("+OK POP3 server ready <"),
                answer -> assertThat(answer).startsWith("-ERR"));
        assertThat(laptop.view().connection()).isEqualTo("connected (POP3 over TLS, port 995)");
    }

    @Test
    void multiLineAnswersAreReadUpToTheLoneDot() {
        logIn();
        assertThat(laptop.type("LIST")).first().asString().startsWith("+OK 2 messages");
        assertThat(laptop.type("LIST")).endsWith(".").hasSize(4);
        assertThat(laptop.type("LIST 1")).singleElement().asString().startsWith("+OK 1 ");
        assertThat(laptop.type("RETR 2")).contains("Subject: Minutes", "See attached notes.").last().isEqualTo(".");
        assertThat(laptop.type("NOOP")).containsExactly("+OK");
    }

    @Test
    void deleThenGoingOfflineDeletesNothing() {
        logIn();
        assertThat(laptop.type("DELE 1")).containsExactly("+OK message 1 deleted");

        assertThat(laptop.perform(new Action.GoOffline()))
                .containsExactly("Offline: the connection dropped without QUIT, so the server deletes nothing (RFC 1939 §6)");
        assertThat(laptop.view().connection()).isEqualTo("offline");
        assertThat(world.inboxOnServer("alice")).containsExactly("Lunch?", "Minutes");
    }

    @Test
    void rsetUnmarksSoQuitDeletesNothing() {
        logIn();
        laptop.type("DELE 1");
        assertThat(laptop.type("RSET")).singleElement().asString().startsWith("+OK");
        assertThat(laptop.type("QUIT")).singleElement().asString().startsWith("+OK");

        assertThat(world.inboxOnServer("alice")).containsExactly("Lunch?", "Minutes");
        assertThat(laptop.view().connection()).isEqualTo("not connected");
    }

    @Test
    void deleThenQuitDeletesForGood() {
        logIn();
        laptop.type("DELE 1");
        assertThat(laptop.perform(new Action.Quit())).singleElement().asString().startsWith("+OK");

        assertThat(world.inboxOnServer("alice")).containsExactly("Minutes");
    }

    @Test
    void anOpenSessionLocksTheMaildropForAnotherDevice() {
        Pop3App phone = new Pop3App(world.context(device("phone")));
        logIn();

        assertThat(phone.perform(new Action.CheckMail())).singleElement().asString()
                .startsWith("Another device is downloading this mailbox right now; try again in a moment (-ERR [IN-USE]");

        laptop.type("QUIT");
        assertThat(phone.perform(new Action.CheckMail())).first().isEqualTo("2 new messages downloaded");
    }

    @Test
    void saslContinuationLinesAreSentAsTyped() {
        assertThat(laptop.type("AUTH PLAIN")).last().isEqualTo("+ ");
        assertThat(laptop.type("AGFsaWNlAHdvbmRlcmxhbmQ=")).singleElement().asString().startsWith("+OK");
        assertThat(laptop.type("UIDL")).first().asString().startsWith("+OK");
    }

    @Test
    void whileOfflineNothingReachesTheServer() {
        laptop.perform(new Action.GoOffline());
        assertThat(laptop.type("STAT")).containsExactly(Pop3App.OFFLINE);
        assertThat(laptop.perform(new Action.CheckMail())).containsExactly(Pop3App.OFFLINE);

        laptop.perform(new Action.ComeOnline());
        assertThat(laptop.perform(new Action.CheckMail())).first().isEqualTo("2 new messages downloaded");
    }

    @Test
    void aTypedLineCannotSmuggleASecondCommand() {
        assertThat(laptop.type("NOOP\r\nDELE 1")).containsExactly("Type one command per line");
        assertThat(laptop.settle()).isEmpty();
    }
}
