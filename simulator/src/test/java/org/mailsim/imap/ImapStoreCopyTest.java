package org.mailsim.imap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailsim.net.SessionDriver;

/** STORE, COPY, MOVE, EXPUNGE and their UID forms (RFC 3501 §6.4.3, §6.4.6-8; RFC 4315; RFC 6851). */
class ImapStoreCopyTest {
    private final ImapHarness server = new ImapHarness();
    private SessionDriver imap;
    private long trashValidity;

    @BeforeEach
    void threeMessages() {
        server.deliver("one");
        server.deliver("two");
        server.deliver("three");
        imap = server.selected("laptop");
        trashValidity = server.store.folder("alice", "Trash").uidValidity();
    }

    @Test
    void storeAddRemoveAndReplaceFlags() {
        assertThat(imap.send("a1 STORE 1:2 +FLAGS (\\Seen $Important)")).containsExactly(
                "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Important)",
                "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Important \\*)] Flags permitted.",
                "* 1 FETCH (FLAGS (\\Seen \\Recent $Important))", "* 2 FETCH (FLAGS (\\Seen \\Recent $Important))", "a1 OK Store completed");
        assertThat(imap.send("a2 STORE 2 -FLAGS \\Seen")).containsExactly("* 2 FETCH (FLAGS (\\Recent $Important))", "a2 OK Store completed");
        assertThat(imap.send("a3 STORE 3 FLAGS (\\Flagged)")).containsExactly("* 3 FETCH (FLAGS (\\Flagged \\Recent))", "a3 OK Store completed");
        assertThat(imap.send("a4 STORE 3 FLAGS.SILENT (\\Answered)")).containsExactly("a4 OK Store completed");
        assertThat(imap.send("a5 FETCH 3 FLAGS")).containsExactly("* 3 FETCH (FLAGS (\\Answered \\Recent))", "a5 OK Fetch completed");
    }

    @Test
    void uidStoreIncludesTheUid() {
        assertThat(imap.send("a1 UID STORE 2 +FLAGS (\\Flagged)"))
                .containsExactly("* 2 FETCH (UID 2 FLAGS (\\Flagged \\Recent))", "a1 OK Store completed");
    }

    @Test
    void storeRefusesUnknownSystemFlagsAndRecent() {
        // RFC 3501 §2.3.2: only the server sets \\Recent; Dovecot refuses it like an unknown system flag.
        assertThat(imap.send("a1 STORE 1 +FLAGS (\\Bogus)")).containsExactly("a1 BAD Error in IMAP command STORE: Invalid system flag \\BOGUS");
        assertThat(imap.send("a2 STORE 1 +FLAGS (\\Recent)")).containsExactly("a2 BAD Error in IMAP command STORE: Invalid system flag \\RECENT");
        assertThat(imap.send("a3 STORE 1 FLAGZ (\\Seen)")).containsExactly("a3 BAD Error in IMAP command STORE: Invalid arguments");
    }

    @Test
    void expungeReportsEachRemovalWithShiftingNumbers() {
        imap.send("a1 STORE 1:2 +FLAGS.SILENT (\\Deleted)");
        assertThat(imap.send("a2 EXPUNGE")).containsExactly("* 1 EXPUNGE", "* 1 EXPUNGE", "* 1 RECENT", "a2 OK Expunge completed");
        assertThat(imap.send("a3 FETCH 1 UID")).containsExactly("* 1 FETCH (UID 3)", "a3 OK Fetch completed");
    }

    @Test
    void uidExpungeRemovesOnlyTheNamedDeletedMessages() {
        imap.send("a1 STORE 1:3 +FLAGS.SILENT (\\Deleted)");
        assertThat(imap.send("a2 UID EXPUNGE 2")).containsExactly("* 2 EXPUNGE", "* 2 RECENT", "a2 OK Expunge completed");
        assertThat(server.store.folder("alice", "INBOX").uids()).containsExactly(1L, 3L);
    }

    @Test
    void copyAnswersCopyUid() {
        assertThat(imap.send("a1 COPY 1:2 Trash")).containsExactly("a1 OK [COPYUID " + trashValidity + " 1:2 1:2] Copy completed");
        assertThat(imap.send("a2 UID COPY 3 Trash")).containsExactly("a2 OK [COPYUID " + trashValidity + " 3 3] Copy completed");
        assertThat(imap.send("a3 COPY 1 Nowhere")).containsExactly("a3 NO [TRYCREATE] Mailbox doesn't exist: Nowhere");
        assertThat(server.store.folder("alice", "Trash").exists()).isEqualTo(3);
    }

    @Test
    void copyOverQuotaStoresNothing() {
        var bob = server.tls("bob-pc");
        bob.send("b0 LOGIN bob builder");
        server.store.deliver("bob", ImapHarness.message("big", "x".repeat(1200)), "smtp");
        bob.send("b1 SELECT INBOX");
        assertThat(bob.send("b2 COPY 1 Trash")).containsExactly("b2 NO [OVERQUOTA] Quota exceeded (mailbox for user is full)");
        assertThat(server.store.folder("bob", "Trash").exists()).isZero();
    }

    @Test
    void moveSendsCopyUidThenExpunges() {
        assertThat(imap.send("a1 MOVE 2 Trash")).containsExactly(
                "* OK [COPYUID " + trashValidity + " 2 1] Moved UIDs.", "* 2 EXPUNGE", "* 2 RECENT", "a1 OK Move completed");
        assertThat(imap.send("a2 UID MOVE 3 Trash")).containsExactly(
                "* OK [COPYUID " + trashValidity + " 3 2] Moved UIDs.", "* 2 EXPUNGE", "* 1 RECENT", "a2 OK Move completed");
        assertThat(server.store.folder("alice", "INBOX").uids()).containsExactly(1L);
    }

    @Test
    void sequenceRangesWorkBothWaysAndStarMeansTheLast() {
        assertThat(imap.send("a1 FETCH 3:2 UID")).containsExactly("* 2 FETCH (UID 2)", "* 3 FETCH (UID 3)", "a1 OK Fetch completed");
        assertThat(imap.send("a2 FETCH * UID")).containsExactly("* 3 FETCH (UID 3)", "a2 OK Fetch completed");
        assertThat(imap.send("a3 FETCH 1,3 UID")).containsExactly("* 1 FETCH (UID 1)", "* 3 FETCH (UID 3)", "a3 OK Fetch completed");
        assertThat(imap.send("a4 FETCH 5:* UID")).containsExactly("* 3 FETCH (UID 3)", "a4 OK Fetch completed");
        assertThat(imap.send("a5 FETCH 4 UID")).containsExactly("a5 BAD Error in IMAP command FETCH: Invalid messageset");
        imap.send("a6 SELECT Trash");
        assertThat(imap.send("a7 FETCH 1:* UID")).containsExactly("a7 OK Fetch completed"); // empty mailbox
    }

    @Test
    void logoutAndSelectLeaveDeletedMessagesInPlace() {
        imap.send("a1 STORE 1 +FLAGS (\\Deleted)");
        imap.send("a2 SELECT Trash"); // RFC 3501 §6.3.1: no expunge on leaving the mailbox
        imap.send("a3 LOGOUT");
        assertThat(server.store.folder("alice", "INBOX").exists()).isEqualTo(3);
    }
}
