package org.mailsim.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailsim.net.SessionDriver;
import org.mailsim.store.Flags;
import org.mailsim.store.RawMessage;
import org.mailsim.store.SystemFlag;

/** SEARCH and UID SEARCH with the RFC 3501 §6.4.4 keys. */
class ImapSearchTest {
    private final ImapHarness server = new ImapHarness();
    private SessionDriver imap;

    @BeforeEach
    void aSmallMailbox() {
        append("From: Bob <bob@mailsim.test>\nTo: alice@mailsim.test\nCc: carol@mailsim.test\nSubject: Lunch on Friday\n"
                + "Date: Mon, 12 Jan 2026 08:00:00 +0000\n\nShall we try the new pizza place?\n", Flags.of(SystemFlag.SEEN), "2026-01-12T09:00:00Z");
        append("From: Carol <carol@mailsim.test>\nTo: alice@mailsim.test\nSubject: Invoice 42\nX-Priority: 1\n"
                + "Date: Tue, 13 Jan 2026 08:00:00 +0000\n\nPlease pay by Friday.\n" + "x".repeat(500) + "\n",
                Flags.of(SystemFlag.FLAGGED, SystemFlag.ANSWERED), "2026-01-13T09:00:00Z");
        append("From: Dave <dave@mailsim.test>\nTo: alice@mailsim.test\nBcc: alice@mailsim.test\nSubject: Photos\n"
                + "Date: Wed, 14 Jan 2026 08:00:00 +0000\n\nHoliday pictures attached.\n",
                Flags.parse(java.util.List.of("\\Deleted", "$Family")), "2026-01-14T09:00:00Z");
        imap = server.loggedIn("laptop");
        imap.send("s0 SELECT INBOX");
    }

    private void append(String text, Flags flags, String date) {
        server.store.append("alice", "INBOX", RawMessage.ofText(text), flags, Instant.parse(date), null);
    }

    private String search(String criteria) {
        var lines = imap.send("t1 SEARCH " + criteria);
        assertThat(lines).last().isEqualTo("t1 OK Search completed");
        return lines.getFirst();
    }

    @Test
    void flagKeys() {
        assertThat(search("ALL")).isEqualTo("* SEARCH 1 2 3");
        assertThat(search("SEEN")).isEqualTo("* SEARCH 1");
        assertThat(search("UNSEEN")).isEqualTo("* SEARCH 2 3");
        assertThat(search("FLAGGED ANSWERED")).isEqualTo("* SEARCH 2");
        assertThat(search("UNANSWERED UNFLAGGED")).isEqualTo("* SEARCH 1 3");
        assertThat(search("DELETED")).isEqualTo("* SEARCH 3");
        assertThat(search("UNDELETED")).isEqualTo("* SEARCH 1 2");
        assertThat(search("DRAFT")).isEqualTo("* SEARCH");
        assertThat(search("UNDRAFT")).isEqualTo("* SEARCH 1 2 3");
        assertThat(search("KEYWORD $family")).isEqualTo("* SEARCH 3");
        assertThat(search("UNKEYWORD $Family")).isEqualTo("* SEARCH 1 2");
    }

    @Test
    void recentNewAndOld() {
        assertThat(search("RECENT")).isEqualTo("* SEARCH 1 2 3");
        assertThat(search("NEW")).isEqualTo("* SEARCH 2 3");
        assertThat(search("OLD")).isEqualTo("* SEARCH");
    }

    @Test
    void internalAndSentDates() {
        assertThat(search("BEFORE 13-Jan-2026")).isEqualTo("* SEARCH 1");
        assertThat(search("ON 13-jan-2026")).isEqualTo("* SEARCH 2");
        assertThat(search("SINCE \"13-Jan-2026\"")).isEqualTo("* SEARCH 2 3");
        assertThat(search("SENTBEFORE 14-Jan-2026")).isEqualTo("* SEARCH 1 2");
        assertThat(search("SENTON 14-Jan-2026")).isEqualTo("* SEARCH 3");
        assertThat(search("SENTSINCE 1-Feb-2026")).isEqualTo("* SEARCH");
    }

    @Test
    void headerKeys() {
        assertThat(search("FROM carol")).isEqualTo("* SEARCH 2");
        assertThat(search("TO alice")).isEqualTo("* SEARCH 1 2 3");
        assertThat(search("CC carol")).isEqualTo("* SEARCH 1");
        assertThat(search("BCC alice")).isEqualTo("* SEARCH 3");
        assertThat(search("SUBJECT \"invoice 42\"")).isEqualTo("* SEARCH 2");
        assertThat(search("HEADER X-Priority 1")).isEqualTo("* SEARCH 2");
    }

    @Test
    void textBodyAndSize() {
        assertThat(search("BODY friday")).isEqualTo("* SEARCH 2");
        assertThat(search("TEXT friday")).isEqualTo("* SEARCH 1 2");
        assertThat(search("LARGER 400")).isEqualTo("* SEARCH 2");
        assertThat(search("SMALLER 400")).isEqualTo("* SEARCH 1 3");
    }

    @Test
    void notOrParenthesesAndSequenceSets() {
        assertThat(search("NOT SEEN")).isEqualTo("* SEARCH 2 3");
        assertThat(search("OR SEEN DELETED")).isEqualTo("* SEARCH 1 3");
        assertThat(search("(OR SEEN FLAGGED) NOT 1")).isEqualTo("* SEARCH 2");
        assertThat(search("2:*")).isEqualTo("* SEARCH 2 3");
        assertThat(search("UID 1,3")).isEqualTo("* SEARCH 1 3");
        assertThat(search("CHARSET UTF-8 FROM dave")).isEqualTo("* SEARCH 3");
    }

    @Test
    void uidSearchAnswersWithUids() {
        imap.send("a1 STORE 1 +FLAGS (\\Deleted)");
        imap.send("a2 EXPUNGE");
        assertThat(imap.send("a3 UID SEARCH UNDELETED")).containsExactly("* SEARCH 2", "a3 OK Search completed");
        assertThat(imap.send("a4 SEARCH UNDELETED")).containsExactly("* SEARCH 1", "a4 OK Search completed");
    }

    @Test
    void unknownCharsetAndBadKeysAreRefused() {
        assertThat(imap.send("a1 SEARCH CHARSET KOI8-R FROM x")).containsExactly("a1 NO [BADCHARSET (UTF-8)] Unsupported charset");
        assertThat(imap.send("a2 SEARCH FROB")).containsExactly("a2 BAD Error in IMAP command SEARCH: Unknown search criterion");
        assertThat(imap.send("a3 SEARCH BEFORE yesterday")).containsExactly("a3 BAD Error in IMAP command SEARCH: Invalid date, expected e.g. 1-Feb-2026");
        assertThat(imap.send("a4 SEARCH OR SEEN")).containsExactly("a4 BAD Error in IMAP command SEARCH: Missing argument");
        assertThat(imap.send("a5 SEARCH (SEEN")).containsExactly("a5 BAD Error in IMAP command SEARCH: Expected ')'");
        assertThat(imap.send("a6 SEARCH " + "NOT ".repeat(40) + "SEEN")).containsExactly("a6 BAD Error in IMAP command SEARCH: Search criteria nested too deeply");
    }
}
