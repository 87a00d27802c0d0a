package org.mailsim.imap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mailsim.store.SystemFlag;

/** SELECT, EXAMINE, CREATE, DELETE, RENAME, SUBSCRIBE, LIST, LSUB, STATUS, APPEND (RFC 3501 §6.3) and friends. */
class ImapMailboxCommandsTest {
    private final ImapHarness server = new ImapHarness();

    @Test
    void selectReportsTheMailboxLikeDovecot() {
        server.deliver("one");
        server.deliver("two");
        var imap = server.loggedIn("laptop");
        assertThat(imap.send("a1 SELECT INBOX")).containsExactly(
                "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)",
                "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags permitted.",
                "* 2 EXISTS",
                "* 2 RECENT",
                "* OK [UNSEEN 1] First unseen.",
                "* OK [UIDVALIDITY 1] UIDs valid",
                "* OK [UIDNEXT 3] Predicted next UID",
                "a1 OK [READ-WRITE] Select completed");
        assertThat(imap.state()).isEqualTo("SELECTED");
    }

    @Test
    void recentGoesToOneSessionOnly() {
        server.deliver("one");
        server.selected("laptop");
        var phone = server.loggedIn("phone");
        assertThat(phone.send("a1 SELECT inbox")).contains("* 1 EXISTS", "* 0 RECENT");
    }

    @Test
    void examineIsReadOnlyAndLeavesRecentAlone() {
        server.deliver("one");
        var imap = server.loggedIn("laptop");
        assertThat(imap.send("a1 EXAMINE INBOX")).contains("* OK [PERMANENTFLAGS ()] Read-only mailbox.", "* 1 RECENT")
                .last().isEqualTo("a1 OK [READ-ONLY] Examine completed");
        assertThat(imap.send("a2 STORE 1 +FLAGS (\\Seen)")).containsExactly("a2 NO [READ-ONLY] Mailbox is read-only");
        assertThat(imap.send("a3 SELECT INBOX")).contains("* 1 RECENT");
    }

    @Test
    void failedSelectLeavesNoMailboxSelected() {
        var imap = server.selected("laptop");
        // RFC 3501 §6.3.1: the failed SELECT closes the mailbox; Dovecot says so with [CLOSED] (RFC 7162 §3.2.11).
        assertThat(imap.send("a1 SELECT Nowhere")).containsExactly("* OK [CLOSED] Previous mailbox closed.",
                "a1 NO Mailbox doesn't exist: Nowhere");
        assertThat(imap.state()).isEqualTo("AUTHENTICATED");
        assertThat(imap.send("a2 FETCH 1 FLAGS")).containsExactly("a2 BAD No mailbox selected");
    }

    @Test
    void createDeleteAndRenameMailboxes() {
        var imap = server.loggedIn("laptop");
        assertThat(imap.send("a1 CREATE Projects/2026")).containsExactly("a1 OK Create completed");
        assertThat(imap.send("a2 CREATE Projects/2026")).containsExactly("a2 NO [ALREADYEXISTS] Mailbox already exists");
        assertThat(imap.send("a3 CREATE inbox")).containsExactly("a3 NO [ALREADYEXISTS] Mailbox already exists");
        assertThat(imap.send("a4 RENAME Projects/2026 Projects/Done")).containsExactly("a4 OK Rename completed");
        assertThat(imap.send("a5 RENAME Missing Other")).containsExactly("a5 NO [NONEXISTENT] Mailbox doesn't exist: Missing");
        assertThat(imap.send("a6 DELETE Projects/Done")).containsExactly("a6 OK Delete completed");
        assertThat(imap.send("a7 DELETE Projects/Done")).containsExactly("a7 NO [NONEXISTENT] Mailbox doesn't exist: Projects/Done");
        assertThat(imap.send("a8 DELETE INBOX")).containsExactly("a8 NO [CANNOT] INBOX can't be deleted");
        assertThat(server.store.folderNames("alice")).contains("Projects").doesNotContain("Projects/Done");
    }

    @Test
    void listShowsChildrenAndSpecialUseAttributes() {
        var imap = server.loggedIn("laptop");
        imap.send("a0 CREATE Work/Reports");
        assertThat(imap.send("a1 LIST \"\" \"*\"")).containsExactly(
                "* LIST (\\HasNoChildren) \"/\" INBOX",
                "* LIST (\\HasNoChildren \\Archive) \"/\" Archive",
                "* LIST (\\HasNoChildren \\Drafts) \"/\" Drafts",
                "* LIST (\\HasNoChildren \\Junk) \"/\" Junk",
                "* LIST (\\HasNoChildren \\Sent) \"/\" Sent",
                "* LIST (\\HasNoChildren \\Trash) \"/\" Trash",
                "* LIST (\\HasChildren) \"/\" Work",
                "* LIST (\\HasNoChildren) \"/\" Work/Reports",
                "a1 OK List completed");
        assertThat(imap.send("a2 LIST \"\" %")).hasSize(8);
        assertThat(imap.send("a3 LIST Work/ %")).containsExactly("* LIST (\\HasNoChildren) \"/\" Work/Reports", "a3 OK List completed");
        assertThat(imap.send("a4 LIST \"\" \"\"")).containsExactly("* LIST (\\Noselect) \"/\" \"\"", "a4 OK List completed");
        assertThat(imap.send("a5 LIST \"\" inbox")).containsExactly("* LIST (\\HasNoChildren) \"/\" INBOX", "a5 OK List completed");
    }

    @Test
    void lsubListsOnlySubscribedMailboxes() {
        var imap = server.loggedIn("laptop");
        imap.send("a0 CREATE Hobby");
        assertThat(imap.send("a1 LSUB \"\" H*")).containsExactly("a1 OK Lsub completed");
        assertThat(imap.send("a2 SUBSCRIBE Hobby")).containsExactly("a2 OK Subscribe completed");
        assertThat(imap.send("a3 LSUB \"\" H*")).containsExactly("* LSUB () \"/\" Hobby", "a3 OK Lsub completed");
        assertThat(imap.send("a4 UNSUBSCRIBE Hobby")).containsExactly("a4 OK Unsubscribe completed");
        assertThat(imap.send("a5 SUBSCRIBE Nowhere")).containsExactly("a5 NO Mailbox doesn't exist: Nowhere");
    }

    @Test
    void statusCountsWithoutSelecting() {
        server.deliver("one");
        server.deliver("two");
        var imap = server.loggedIn("laptop");
        assertThat(imap.send("a1 STATUS INBOX (MESSAGES UNSEEN UIDNEXT UIDVALIDITY RECENT)")).containsExactly(
                "* STATUS INBOX (MESSAGES 2 UNSEEN 2 UIDNEXT 3 UIDVALIDITY 1 RECENT 2)", "a1 OK Status completed");
        assertThat(imap.send("a2 STATUS INBOX (SIZE)")).containsExactly("a2 BAD Error in IMAP command STATUS: Unknown STATUS item");
        assertThat(imap.send("a3 STATUS Nowhere (MESSAGES)")).containsExactly("a3 NO Mailbox doesn't exist: Nowhere");
    }

    @Test
    void appendWithSynchronizingLiteralAnswersAppendUid() {
        var imap = server.loggedIn("laptop");
        String message = "Subject: draft\r\n\r\nHi\r\n";
        assertThat(imap.send("a1 APPEND Drafts (\\Draft \\Seen) \"14-Jan-2026 10:00:00 +0100\" {" + message.length() + "}"))
                .containsExactly("+ Ready for literal data");
        long validity = server.store.folder("alice", "Drafts").uidValidity();
        assertThat(imap.sendRaw((message + "\r\n").getBytes())).containsExactly("a1 OK [APPENDUID " + validity + " 1] Append completed");
        var stored = server.store.folder("alice", "Drafts").messages().getFirst();
        assertThat(stored.flags().has(SystemFlag.DRAFT)).isTrue();
        assertThat(stored.internalDate()).hasToString("2026-01-14T09:00:00Z");
    }

    @Test
    void appendWithNonSynchronizingLiteralNeedsNoContinuation() {
        var imap = server.loggedIn("laptop");
        assertThat(imap.sendRaw("a1 APPEND INBOX {12+}\r\nSubject: x\r\n\r\n".getBytes()))
                .containsExactly("a1 OK [APPENDUID 1 1] Append completed");
    }

    @Test
    void appendToMissingMailboxSaysTryCreateAndFullQuotaSaysOverQuota() {
        var imap = server.loggedIn("laptop");
        assertThat(imap.sendRaw("a1 APPEND Nowhere {3+}\r\nabc\r\n".getBytes()))
                .containsExactly("a1 NO [TRYCREATE] Mailbox doesn't exist: Nowhere");
        var bob = server.tls("bob-pc");
        bob.send("b0 LOGIN bob builder");
        String big = "x".repeat(2500);
        assertThat(bob.sendRaw(("b1 APPEND INBOX {2500+}\r\n" + big + "\r\n").getBytes()))
                .containsExactly("b1 NO [OVERQUOTA] Quota exceeded (mailbox for user is full)");
        assertThat(server.store.folder("bob", "INBOX").exists()).isZero();
    }

    @Test
    void quotaRootAndQuota() {
        var bob = server.tls("bob-pc");
        bob.send("b0 LOGIN bob builder");
        assertThat(bob.send("b1 GETQUOTAROOT INBOX")).containsExactly(
                "* QUOTAROOT INBOX \"\"", "* QUOTA \"\" (STORAGE 0 2)", "b1 OK Getquotaroot completed");
        assertThat(bob.send("b2 GETQUOTA \"\"")).containsExactly("* QUOTA \"\" (STORAGE 0 2)", "b2 OK Getquota completed");
        var alice = server.loggedIn("laptop");
        assertThat(alice.send("a1 GETQUOTAROOT INBOX")).containsExactly("* QUOTAROOT INBOX", "a1 OK Getquotaroot completed");
    }

    @Test
    void namespaceIdAndEnable() {
        var imap = server.loggedIn("laptop");
        assertThat(imap.send("a1 NAMESPACE")).containsExactly("* NAMESPACE ((\"\" \"/\")) NIL NIL", "a1 OK Namespace completed");
        assertThat(imap.send("a2 ID (\"name\" \"Thunderbird\" \"version\" NIL)"))
                .containsExactly("* ID (\"name\" \"mailsim\")", "a2 OK ID completed");
        assertThat(imap.send("a3 ENABLE CONDSTORE")).containsExactly("a3 OK Enabled");
    }

    @Test
    void closeExpungesSilentlyAndUnselectDoesNot() {
        server.deliver("one");
        server.deliver("two");
        var imap = server.selected("laptop");
        imap.send("a1 STORE 1 +FLAGS.SILENT (\\Deleted)");
        assertThat(imap.send("a2 UNSELECT")).containsExactly("a2 OK Unselect completed");
        assertThat(server.store.folder("alice", "INBOX").exists()).isEqualTo(2);
        imap.send("a3 SELECT INBOX");
        assertThat(imap.send("a4 CLOSE")).containsExactly("a4 OK Close completed");
        assertThat(imap.state()).isEqualTo("AUTHENTICATED");
        assertThat(server.store.folder("alice", "INBOX").exists()).isEqualTo(1);
    }

    @Test
    void mailboxNamesTravelInModifiedUtf7() {
        var imap = server.loggedIn("laptop");
        assertThat(imap.send("a1 CREATE Entw&APw-rfe")).containsExactly("a1 OK Create completed");
        assertThat(imap.send("a2 CREATE R&-D")).containsExactly("a2 OK Create completed");
        assertThat(server.store.folderNames("alice")).contains("Entwürfe", "R&D");
        assertThat(imap.send("a3 LIST \"\" E*")).containsExactly("* LIST (\\HasNoChildren) \"/\" Entw&APw-rfe", "a3 OK List completed");
        assertThat(imap.send("a4 STATUS R&-D (MESSAGES)")).containsExactly("* STATUS R&-D (MESSAGES 0)", "a4 OK Status completed");
        assertThat(imap.send("a5 CREATE Bad&name")).containsExactly("a5 NO Mailbox name is not valid mUTF-7");
        assertThat(imap.send("a6 CREATE &AA0-")).containsExactly("a6 NO [CANNOT] Invalid mailbox name");
    }

    @Test
    void renamingInboxMovesItsMessagesAndLeavesItEmpty() {
        server.deliver("one");
        var imap = server.loggedIn("laptop");
        assertThat(imap.send("a1 RENAME INBOX Old")).containsExactly("a1 OK Rename completed");
        assertThat(imap.send("a2 STATUS INBOX (MESSAGES)")).containsExactly("* STATUS INBOX (MESSAGES 0)", "a2 OK Status completed");
        assertThat(imap.send("a3 STATUS Old (MESSAGES)")).containsExactly("* STATUS Old (MESSAGES 1)", "a3 OK Status completed");
        assertThat(imap.send("a4 RENAME Old inbox")).containsExactly("a4 NO [ALREADYEXISTS] Mailbox already exists");
    }

    @Test
    void listWithTheSpecialUseSelectionOptionShowsOnlySpecialMailboxes() {
        var imap = server.loggedIn("laptop");
        imap.send("a0 CREATE Hobby");
        assertThat(imap.send("a1 LIST (SPECIAL-USE) \"\" \"*\"")).containsExactly(
                "* LIST (\\Archive) \"/\" Archive",
                "* LIST (\\Drafts) \"/\" Drafts",
                "* LIST (\\Junk) \"/\" Junk",
                "* LIST (\\Sent) \"/\" Sent",
                "* LIST (\\Trash) \"/\" Trash",
                "a1 OK List completed");
        // The extended LIST (RFC 5258) shows \\HasChildren only for RETURN (CHILDREN), as Dovecot does.
        assertThat(imap.send("a2 LIST \"\" Hobby RETURN (SPECIAL-USE)")).containsExactly(
                "* LIST () \"/\" Hobby", "a2 OK List completed");
        assertThat(imap.send("a3 LIST (SUBSCRIBED) \"\" \"*\"")).containsExactly("a3 BAD Error in IMAP command LIST: Unsupported LIST selection option");
    }
}
