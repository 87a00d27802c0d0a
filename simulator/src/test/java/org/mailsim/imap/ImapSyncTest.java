package org.mailsim.imap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailsim.net.SessionDriver;

/**
 * Two devices on one INBOX, the phone and the laptop: what one does, the other learns as
 * untagged EXISTS, FETCH (FLAGS) and EXPUNGE, at the moments RFC 3501 §5.2 and §7.4.1 allow.
 */
class ImapSyncTest {
    private final ImapHarness server = new ImapHarness();
    private SessionDriver phone;
    private SessionDriver laptop;

    @BeforeEach
    void bothDevicesOnInbox() {
        server.deliver("one");
        server.deliver("two");
        server.deliver("three");
        laptop = server.selected("laptop");
        phone = server.selected("phone");
    }

    @Test
    void newDeliveryAppearsOnNoop() {
        server.deliver("four");
        // RFC 3501 §7.3.2: RECENT counts every message recent for this session; the laptop claimed
        // 1-3 at SELECT and now 4, so the phone, asking later, sees none.
        assertThat(laptop.send("a1 NOOP")).containsExactly("* 4 EXISTS", "* 4 RECENT", "a1 OK NOOP completed");
        // Dovecot (imap-sync.c) repeats RECENT only when the number changed: the phone's stays 0.
        assertThat(phone.send("b1 NOOP")).containsExactly("* 4 EXISTS", "b1 OK NOOP completed");
        assertThat(laptop.send("a2 NOOP")).containsExactly("a2 OK NOOP completed");
    }

    @Test
    void aFlagChangeOnThePhoneShowsOnTheLaptop() {
        assertThat(phone.send("b1 STORE 2 +FLAGS (\\Seen)")).containsExactly("* 2 FETCH (FLAGS (\\Seen))", "b1 OK Store completed");
        assertThat(laptop.send("a1 NOOP")).containsExactly("* 2 FETCH (FLAGS (\\Seen \\Recent))", "a1 OK NOOP completed");
        // The phone's own change is not reported to it a second time.
        assertThat(phone.send("b2 NOOP")).containsExactly("b2 OK NOOP completed");
    }

    @Test
    void readingOnThePhoneMarksSeenOnTheLaptop() {
        phone.send("b1 FETCH 1 BODY[TEXT]");
        assertThat(laptop.send("a1 CHECK")).containsExactly("* 1 FETCH (FLAGS (\\Seen \\Recent))", "a1 OK Check completed");
    }

    @Test
    void deleteAndExpungeOnTheLaptopReachesThePhone() {
        laptop.send("a1 STORE 2 +FLAGS (\\Deleted)");
        // RFC 3501 §7.3.2: two messages are recent for the laptop now; Dovecot says so when it changes.
        assertThat(laptop.send("a2 EXPUNGE")).containsExactly("* 2 EXPUNGE", "* 2 RECENT", "a2 OK Expunge completed");
        // The flag change is dropped: the message is gone before the phone could be told of it.
        assertThat(phone.send("b1 NOOP")).containsExactly("* 2 EXPUNGE", "b1 OK NOOP completed");
    }

    @Test
    void noExpungeDuringFetchStoreOrSearchButExistsIsFine() {
        laptop.send("a1 STORE 1 +FLAGS.SILENT (\\Deleted)");
        laptop.send("a2 EXPUNGE");
        server.deliver("four");
        // RFC 3501 §7.4.1: the phone still numbers "one" as 1 while it FETCHes; EXISTS may come.
        // As Dovecot, the phone's view of message 1 still answers (its UID and last flags).
        assertThat(phone.send("b1 FETCH 1:3 UID")).containsExactly(
                "* 1 FETCH (UID 1)", "* 2 FETCH (UID 2)", "* 3 FETCH (UID 3)",
                "* 1 FETCH (FLAGS (\\Deleted))", "* 4 EXISTS", "* 1 RECENT", "b1 OK Fetch completed");
        assertThat(phone.send("b2 STORE 3 +FLAGS (\\Flagged)")).containsExactly("* 3 FETCH (FLAGS (\\Flagged))", "b2 OK Store completed");
        assertThat(phone.send("b3 SEARCH ALL")).containsExactly("* SEARCH 1 2 3 4", "b3 OK Search completed");
        assertThat(phone.send("b4 SEARCH SUBJECT one")).containsExactly("* SEARCH", "b4 OK [EXPUNGEISSUED] Search completed");
        assertThat(phone.send("b5 FETCH 1 BODY[TEXT]")).containsExactly("* 1 FETCH (FLAGS (\\Deleted \\Seen) BODY[TEXT] NIL)",
                "b5 OK [EXPUNGEISSUED] Some messages were already expunged");
        // A UID command may carry the EXPUNGE (§7.4.1): the phone learns of it here.
        assertThat(phone.send("b6 UID FETCH 4 UID")).containsExactly("* 4 FETCH (UID 4)", "* 1 EXPUNGE", "b6 OK Fetch completed");
        assertThat(phone.send("b7 FETCH 1 UID")).containsExactly("* 1 FETCH (UID 2)", "b7 OK Fetch completed");
    }

    @Test
    void aMoveOnTheLaptopIsAnExpungeOnThePhone() {
        laptop.send("a1 MOVE 1 Archive");
        assertThat(phone.send("b1 NOOP")).containsExactly("* 1 EXPUNGE", "b1 OK NOOP completed");
        assertThat(phone.send("b2 STATUS Archive (MESSAGES)")).containsExactly("* STATUS Archive (MESSAGES 1)", "b2 OK Status completed");
    }

    @Test
    void idlePushesChangesAsTheyHappen() {
        assertThat(phone.send("b1 IDLE")).containsExactly("+ idling");
        assertThat(phone.state()).isEqualTo("IDLE");
        server.deliver("four");
        assertThat(phone.pushed()).containsExactly("* 4 EXISTS", "* 1 RECENT"); // the phone saw it first
        assertThat(laptop.send("a0 NOOP")).contains("* 4 EXISTS");
        laptop.send("a1 STORE 4 +FLAGS (\\Seen)");
        assertThat(phone.pushed()).containsExactly("* 4 FETCH (FLAGS (\\Seen \\Recent))");
        laptop.send("a2 STORE 1 +FLAGS (\\Deleted)");
        laptop.send("a3 EXPUNGE");
        assertThat(phone.pushed()).containsExactly("* 1 FETCH (FLAGS (\\Deleted))", "* 1 EXPUNGE");
        assertThat(phone.send("DONE")).containsExactly("b1 OK Idle completed");
        assertThat(phone.send("b2 FETCH 3 UID")).containsExactly("* 3 FETCH (UID 4)", "b2 OK Fetch completed");
    }

    @Test
    void idleFirstReportsWhatIsAlreadyKnown() {
        server.deliver("four");
        assertThat(phone.send("b1 IDLE")).containsExactly("* 4 EXISTS", "* 1 RECENT", "+ idling");
        assertThat(phone.send("nonsense")).containsExactly("b1 BAD [CLIENTBUG] Expected DONE");
        assertThat(phone.state()).isEqualTo("SELECTED");
    }

    @Test
    void idleTimerIsNotShorterThanAutologout() {
        phone.send("b1 IDLE");
        assertThat(phone.session().idleTimeout()).isGreaterThanOrEqualTo(ImapSettings.defaults().autologout());
    }

    @Test
    void nothingIsPushedOutsideIdle() {
        server.deliver("four");
        assertThat(phone.pushed()).isEmpty();
        assertThat(phone.send("b1 NOOP")).contains("* 4 EXISTS");
    }

    @Test
    void appendFromTheLaptopIntoTheSelectedMailboxShowsOnBoth() {
        assertThat(laptop.sendRaw("a1 APPEND INBOX {12+}\r\nSubject: x\r\n\r\n".getBytes()))
                .containsExactly("* 4 EXISTS", "* 4 RECENT", "a1 OK [APPENDUID 1 4] Append completed");
        assertThat(phone.send("b1 NOOP")).containsExactly("* 4 EXISTS", "b1 OK NOOP completed");
    }

    @Test
    void sessionsTellOwnChangesFromOthersEvenWithTheSameConnectionId() {
        var context = SessionDriver.context(993, org.mailsim.net.Security.IMPLICIT_TLS, false); // both "c1"
        var first = SessionDriver.open(server.factory(), context);
        var second = SessionDriver.open(server.factory(), context);
        for (var imap : java.util.List.of(first, second)) {
            imap.send("x1 LOGIN alice wonderland");
            imap.send("x2 SELECT INBOX");
        }
        first.send("y1 STORE 1 +FLAGS.SILENT (\\Flagged)");
        assertThat(first.send("y2 NOOP")).containsExactly("y2 OK NOOP completed");
        assertThat(second.send("z1 NOOP")).containsExactly("* 1 FETCH (FLAGS (\\Flagged))", "z1 OK NOOP completed");
    }

    @Test
    void aMessageDeliveredAndExpungedBeforeTheLaptopLooksNeverShowsUp() {
        server.deliver("four");
        phone.send("b1 NOOP");
        phone.send("b2 STORE 4 +FLAGS.SILENT (\\Deleted)");
        phone.send("b3 EXPUNGE");
        assertThat(laptop.send("a1 NOOP")).containsExactly("a1 OK NOOP completed");
        assertThat(laptop.send("a2 FETCH 3 UID")).containsExactly("* 3 FETCH (UID 3)", "a2 OK Fetch completed");
    }

    @Test
    void expungesArrivingOutOfUidOrderAreReportedConsistently() {
        phone.send("b1 STORE 3 +FLAGS.SILENT (\\Deleted)");
        phone.send("b2 EXPUNGE");
        phone.send("b3 STORE 1 +FLAGS.SILENT (\\Deleted)");
        phone.send("b4 EXPUNGE");
        laptop.send("a0 FETCH 1 UID"); // no EXPUNGE may come here
        assertThat(laptop.send("a1 NOOP")).containsExactly("* 1 EXPUNGE", "* 2 EXPUNGE", "* 1 RECENT", "a1 OK NOOP completed");
        assertThat(laptop.send("a2 FETCH 1:* UID")).containsExactly("* 1 FETCH (UID 2)", "a2 OK Fetch completed");
    }

    @Test
    void aMoveOnTheLaptopIsPushedToThePhoneInIdle() {
        phone.send("b1 IDLE");
        assertThat(laptop.send("a1 MOVE 2 Archive")).contains("* 2 EXPUNGE");
        assertThat(phone.pushed()).containsExactly("* 2 EXPUNGE");
        assertThat(phone.send("DONE")).containsExactly("b1 OK Idle completed");
        assertThat(phone.send("b2 UID FETCH 1:* UID")).containsExactly("* 1 FETCH (UID 1)", "* 2 FETCH (UID 3)", "b2 OK Fetch completed");
    }
}
