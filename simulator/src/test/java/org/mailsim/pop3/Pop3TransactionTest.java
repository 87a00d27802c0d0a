package org.mailsim.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mailsim.net.SessionDriver;
import org.mailsim.store.RawMessage;
import org.mailsim.store.StoreEvent;

class Pop3TransactionTest {

    private final Pop3Fixture world = new Pop3Fixture().mail(Pop3Fixture.FIRST).mail(Pop3Fixture.SECOND);

    @Test
    void statCountsMessagesAndOctets() {
        assertThat(world.alice().send("STAT")).containsExactly("+OK 2 175");
    }

    @Test
    void listGivesTheScanListing() {
        SessionDriver pop = world.alice();
        assertThat(pop.send("LIST")).containsExactly("+OK 2 messages (175 octets)", "1 79", "2 96", ".");
        assertThat(pop.send("LIST 2")).containsExactly("+OK 2 96");
        assertThat(pop.send("LIST 3")).containsExactly("-ERR no such message");
    }

    @Test
    void retrSendsTheMessageByteStuffed() {
        SessionDriver pop = world.alice();
        assertThat(pop.send("RETR 2")).containsExactly("+OK 96 octets", "From: bob@mailsim.test", "To: alice@mailsim.test",
                "Subject: second", "", "line 1", "..hidden dot", "line 3", ".");
    }

    @Test
    void retrEndsAMessageWithoutFinalCrlfBeforeTheTerminator() {
        world.store.deliver("alice", RawMessage.of("Subject: x\r\n\r\nno newline".getBytes(StandardCharsets.US_ASCII)), null);
        SessionDriver pop = world.alice();
        byte[] reply = pop.sendRawBytes("RETR 3\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(reply, StandardCharsets.US_ASCII)).isEqualTo("+OK 24 octets\r\nSubject: x\r\n\r\nno newline\r\n.\r\n");
    }

    @Test
    void topSendsHeaderAndFirstBodyLines() {
        SessionDriver pop = world.alice();
        assertThat(pop.send("TOP 2 2")).containsExactly("+OK top of message follows", "From: bob@mailsim.test",
                "To: alice@mailsim.test", "Subject: second", "", "line 1", "..hidden dot", ".");
        assertThat(pop.send("TOP 1 0")).containsExactly("+OK top of message follows", "From: bob@mailsim.test",
                "To: alice@mailsim.test", "Subject: first", "", ".");
        assertThat(pop.send("TOP 1 99")).hasSize(7);
    }

    @Test
    void uidlIsBuiltFromUidValidityAndUidAndStaysTheSame() {
        SessionDriver pop = world.alice();
        assertThat(pop.send("UIDL")).containsExactly("+OK unique-id listing follows",
                "1 0000000100000001", "2 0000000100000002", ".");
        pop.send("DELE 1");
        pop.send("QUIT");
        SessionDriver again = world.alice();
        assertThat(again.send("UIDL")).containsExactly("+OK unique-id listing follows", "1 0000000100000002", ".");
        assertThat(again.send("UIDL 1")).containsExactly("+OK 1 0000000100000002");
    }

    @Test
    void deleMarksAndQuitRemoves() {
        SessionDriver pop = world.alice();
        assertThat(pop.send("DELE 1")).containsExactly("+OK message 1 deleted");
        assertThat(pop.send("RETR 1")).containsExactly("-ERR message 1 already deleted");
        assertThat(pop.send("DELE 1")).containsExactly("-ERR message 1 already deleted");
        assertThat(pop.send("TOP 1 0")).containsExactly("-ERR message 1 already deleted");
        assertThat(pop.send("LIST 1")).containsExactly("-ERR message 1 already deleted");
        assertThat(pop.send("STAT")).containsExactly("+OK 1 96");
        assertThat(pop.send("LIST")).containsExactly("+OK 1 message (96 octets)", "2 96", ".");
        assertThat(world.store.folder("alice", "INBOX").exists()).isEqualTo(2); // nothing removed before QUIT
        assertThat(pop.send("QUIT")).containsExactly("+OK POP3 server signing off (1 message deleted, 1 left)");
        assertThat(pop.state()).isEqualTo("UPDATE");
        assertThat(world.store.folder("alice", "INBOX").uids()).containsExactly(2L);
    }

    @Test
    void rsetUnmarksEverything() {
        SessionDriver pop = world.alice();
        pop.send("DELE 1");
        pop.send("DELE 2");
        assertThat(pop.send("RSET")).containsExactly("+OK maildrop has 2 messages (175 octets)");
        assertThat(pop.send("QUIT")).containsExactly("+OK POP3 server signing off (0 messages deleted, 2 left)");
        assertThat(world.store.folder("alice", "INBOX").exists()).isEqualTo(2);
    }

    @Test
    void droppedConnectionDeletesNothing() {
        SessionDriver pop = world.alice();
        pop.send("DELE 1");
        pop.drop();
        assertThat(world.store.folder("alice", "INBOX").exists()).isEqualTo(2);
    }

    @Test
    void autologoutAndShutdownDeleteNothing() {
        SessionDriver pop = world.alice();
        pop.send("DELE 1");
        assertThat(pop.session().idleTimeout()).isEqualTo(java.time.Duration.ofMinutes(10));
        assertThat(pop.timeout()).containsExactly("-ERR autologout: idle for too long, no messages deleted");
        assertThat(pop.closed()).isTrue();
        SessionDriver next = world.alice();
        next.send("DELE 2");
        assertThat(next.shutdown()).containsExactly("-ERR server shutting down, no messages deleted");
        assertThat(world.store.folder("alice", "INBOX").exists()).isEqualTo(2);
        assertThat(world.alice().state()).isEqualTo("TRANSACTION"); // both locks were released
    }

    @Test
    void newMailDuringTheSessionDoesNotAppear() {
        SessionDriver pop = world.alice();
        world.mail("Subject: late\n\nlate\n");
        assertThat(pop.send("STAT")).containsExactly("+OK 2 175");
        assertThat(pop.send("RETR 3")).containsExactly("-ERR no such message");
        pop.send("QUIT");
        assertThat(world.alice().send("STAT")).singleElement().asString().startsWith("+OK 3 ");
    }

    @Test
    void messageExpungedByImapMeanwhileAnswersErrAndQuitRemovesTheRest() {
        SessionDriver pop = world.alice();
        pop.send("DELE 2");
        world.store.remove("alice", "INBOX", List.of(1L), "imap-c9"); // an IMAP client expunged message 1
        assertThat(pop.send("RETR 1")).containsExactly("-ERR message 1 was removed by another session");
        assertThat(pop.send("STAT")).containsExactly("+OK 0 0");
        assertThat(pop.send("QUIT")).containsExactly("+OK POP3 server signing off (1 message deleted, 0 left)");
        assertThat(world.store.folder("alice", "INBOX").exists()).isZero();
    }

    @Test
    void quitAnnouncesTheDeletionAsAnExpungeEvent() {
        List<StoreEvent> events = new ArrayList<>();
        world.store.listen("alice", events::add);
        SessionDriver pop = world.alice();
        pop.send("DELE 2");
        pop.send("QUIT");
        assertThat(events).singleElement().isInstanceOfSatisfying(StoreEvent.MessagesExpunged.class, e -> {
            assertThat(e.folder()).isEqualTo("INBOX");
            assertThat(e.uids()).containsExactly(2L);
            assertThat(e.origin()).isEqualTo("c1");
        });
    }

    @Test
    void noopAnswersOk() {
        assertThat(world.alice().send("NOOP")).containsExactly("+OK");
    }

    @Test
    void capaInTransactionOmitsLoginCapabilities() {
        assertThat(world.alice().send("CAPA")).containsExactly("+OK capability list follows", "TOP", "RESP-CODES",
                "AUTH-RESP-CODE", "PIPELINING", "UIDL", "IMPLEMENTATION mailsim", ".");
    }

    @Test
    void pipelinedCommandsAreAnsweredInOrder() {
        SessionDriver pop = world.connect();
        assertThat(pop.send("USER alice", "PASS wonderland", "STAT", "LIST 1", "QUIT")).containsExactly(
                "+OK send PASS", "+OK maildrop locked and ready, 2 messages (175 octets)", "+OK 2 175", "+OK 1 79",
                "+OK POP3 server signing off (0 messages deleted, 2 left)");
    }
}
