package org.mailsim.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mailsim.net.SessionDriver;

/** Malformed, unknown, over-long and hostile input: every one gets a readable answer, none crashes the session. */
class ImapBadInputTest {
    private final ImapHarness server = new ImapHarness();

    @Test
    void lineWithoutUsableTagGetsUntaggedBad() {
        var imap = server.tls("laptop");
        assertThat(imap.send("")).containsExactly("* BAD Error in IMAP command received by server");
        assertThat(imap.send("+tag NOOP")).containsExactly("* BAD Error in IMAP command received by server");
        assertThat(imap.send("a(1 NOOP")).containsExactly("* BAD Error in IMAP command received by server");
        assertThat(imap.send("a1")).containsExactly("a1 BAD Missing command");
        assertThat(imap.send("a2 FROBNICATE")).containsExactly("a2 BAD Error in IMAP command FROBNICATE: Unknown command");
        assertThat(imap.send("a3 noop")).containsExactly("a3 OK NOOP completed");
    }

    @Test
    void argumentErrorsSayWhatIsWrongWithoutEchoingInput() {
        var imap = server.loggedIn("laptop");
        assertThat(imap.send("a1 SELECT")).containsExactly("a1 BAD Error in IMAP command SELECT: Missing argument");
        assertThat(imap.send("a2 SELECT INBOX extra")).containsExactly("a2 BAD Error in IMAP command SELECT: Unexpected extra arguments");
        assertThat(imap.send("a3 LOGIN \"unterminated")).containsExactly("a3 BAD Command not valid in this state");
        assertThat(imap.send("a4 CREATE \"unterminated")).containsExactly("a4 BAD Error in IMAP command CREATE: Unterminated quoted string");
        assertThat(imap.send("a5 CREATE \"bad\\escape\"")).containsExactly("a5 BAD Error in IMAP command CREATE: Invalid escape in quoted string");
        assertThat(imap.send("a6 NOOP  ")).containsExactly("a6 BAD Error in IMAP command NOOP: Unexpected extra arguments");
        imap.send("a7 SELECT INBOX");
        assertThat(imap.send("a8 FETCH 1,,2 FLAGS")).containsExactly("a8 BAD Error in IMAP command FETCH: Expected a number");
        assertThat(imap.send("a9 FETCH 99999999999 FLAGS")).containsExactly("a9 BAD Error in IMAP command FETCH: Number too large");
    }

    @Test
    void commandsInTheWrongStateAreRefused() {
        var imap = server.loggedIn("laptop");
        assertThat(imap.send("a1 EXPUNGE")).containsExactly("a1 BAD No mailbox selected");
        imap.send("a2 SELECT INBOX");
        assertThat(imap.send("a3 ENABLE IMAP4rev2")).containsExactly("a3 BAD Command not valid in this state");
        assertThat(imap.send("a4 AUTHENTICATE PLAIN")).containsExactly("a4 BAD Command not valid in this state");
    }

    @Test
    void synchronizingLiteralsInsideCommandsAreAskedFor() {
        var imap = server.tls("laptop");
        assertThat(imap.send("a1 LOGIN {5}")).containsExactly("+ Ready for literal data");
        assertThat(imap.sendRaw("alice {10}\r\n".getBytes())).containsExactly("+ Ready for literal data");
        assertThat(imap.sendRaw("wonderland\r\n".getBytes())).last().asString().startsWith("a1 OK [CAPABILITY");
    }

    @Test
    void tooBigSynchronizingLiteralIsRefusedBeforeItIsSent() {
        var imap = SessionDriver.open(new ImapHarness(ImapSettings.defaults().withAuthFailureDelay(java.time.Duration.ZERO)
                .withMaxLiteralSize(100)).factory(), ImapHarness.context("laptop", 993, org.mailsim.net.Security.IMPLICIT_TLS, false));
        imap.send("a0 LOGIN alice wonderland");
        assertThat(imap.send("a1 APPEND INBOX {101}")).containsExactly("a1 NO [TOOBIG] Literal too big");
        assertThat(imap.send("a2 NOOP")).containsExactly("a2 OK NOOP completed");
        assertThat(imap.send("a3 APPEND INBOX {101+}")).containsExactly("* BYE [TOOBIG] Literal too big");
        assertThat(imap.closed()).isTrue();
    }

    @Test
    void overLongLineEndsTheSession() {
        var imap = server.loggedIn("laptop");
        assertThat(imap.send("a1 NOOP " + "x".repeat(9000))).containsExactly("* BYE Line too long");
        assertThat(imap.closed()).isTrue();
    }

    @Test
    void commandSpreadOverTooManyLiteralsEndsTheSession() {
        var imap = server.loggedIn("laptop");
        StringBuilder flood = new StringBuilder("a1 ID (");
        for (int i = 0; i < 10000; i++) flood.append("\"k").append(i).append("\" {1+}\r\nv ");
        List<String> reply = imap.sendRaw(flood.toString().getBytes(StandardCharsets.US_ASCII));
        assertThat(reply).containsExactly("* BYE Command too long");
        assertThat(imap.closed()).isTrue();
    }

    @Test
    void nulBytesAreRefused() {
        var imap = server.tls("laptop");
        assertThat(imap.sendRaw("a1 LOGIN alice\0 wonderland\r\n".getBytes())).containsExactly("* BAD Invalid character in command");
    }

    @Test
    void tooManyInvalidCommandsEndTheSessionLikeDovecot() {
        var imap = server.tls("laptop");
        for (int i = 1; i < 20; i++) assertThat(imap.send("b" + i + " BOGUS")).containsExactly("b" + i + " BAD Error in IMAP command BOGUS: Unknown command");
        assertThat(imap.send("b20 BOGUS")).containsExactly("b20 BAD Error in IMAP command BOGUS: Unknown command", "* BYE Too many invalid commands");
        assertThat(imap.closed()).isTrue();
    }

    @Test
    void aGoodCommandResetsTheInvalidCount() {
        var imap = server.tls("laptop");
        for (int i = 1; i < 20; i++) imap.send("b" + i + " BOGUS");
        imap.send("n1 NOOP");
        assertThat(imap.send("b20 BOGUS")).containsExactly("b20 BAD Error in IMAP command BOGUS: Unknown command");
        assertThat(imap.closed()).isFalse();
    }

    @Test
    void crOrLfInTagsAndMailboxNamesNeverForgeAReplyLine() {
        // In the spirit of GreenMail's ErrorResponseLineInjectionTest.
        var imap = server.loggedIn("laptop");
        List<String> replies = new java.util.ArrayList<>();
        replies.addAll(imap.sendRaw("a1\r* OK [ALERT] forged\r\n".getBytes()));
        replies.addAll(imap.sendRaw("a2 SELECT \"x\r* OK forged\"\r\n".getBytes()));
        replies.addAll(imap.sendRaw("a3 SELECT {22}\r\n".getBytes()));
        replies.addAll(imap.sendRaw("x\r\n* OK [ALERT] forged\r\n".getBytes()));
        replies.addAll(imap.sendRaw("a4 CREATE {14}\r\n".getBytes()));
        replies.addAll(imap.sendRaw("x\r\n* OK forged\r\n".getBytes()));
        replies.addAll(imap.sendRaw("a5 LOGIN {9}\r\n".getBytes()));
        replies.addAll(imap.sendRaw("a\r\n* BYE x \"\"\r\n".getBytes()));
        replies.addAll(imap.sendRaw("a6 FETCH \u00ff\u0001 FLAGS\r\n".getBytes(StandardCharsets.ISO_8859_1)));
        // The refusal names the mailbox as Dovecot does, its CR and LF shown as "?": no line starts anew.
        assertThat(replies).noneMatch(line -> line.startsWith("* OK") || line.contains("\r") || line.startsWith("* BYE"));
        assertThat(replies).containsExactly(
                "* BAD Error in IMAP command received by server",
                "a2 NO Mailbox doesn't exist: x?* OK forged",
                "+ Ready for literal data",
                "a3 NO Mailbox doesn't exist: x??* OK [ALERT] forged",
                "+ Ready for literal data",
                "a4 NO [CANNOT] Invalid mailbox name",
                "+ Ready for literal data",
                "a5 BAD Command not valid in this state",
                "a6 BAD No mailbox selected");
        assertThat(server.store.folderNames("alice")).noneMatch(name -> name.contains("forged"));
    }

    @Test
    void garbageNeverCrashesTheSession() {
        var imap = server.selected("laptop");
        String[] garbage = {"a1 FETCH", "a2 FETCH 1", "a3 FETCH 1 (", "a4 FETCH 1 BODY[", "a5 FETCH 1 BODY[1.", "a6 FETCH 1 BODY[HEADER.FIELDS",
                "a7 FETCH 1 BODY[HEADER.FIELDS ()]", "a8 STORE 1", "a9 STORE 1 +FLAGS", "b1 SEARCH", "b2 SEARCH HEADER", "b3 UID",
                "b4 UID FROB 1", "b5 COPY 1", "b6 APPEND INBOX", "b7 STATUS INBOX ()", "b8 LIST", "b9 ID (\"a\")", "c1 FETCH *:0 FLAGS",
                "c2 FETCH 1 BODY[0]", "c3 FETCH 1 BODY.PEEK", "c4 SEARCH LARGER x", "c5 SELECT {x}", "c6 ENABLE"};
        for (String line : garbage) {
            String tag = line.substring(0, 2);
            assertThat(imap.send(line)).as(line).singleElement().asString().startsWith(tag + " BAD ");
            imap.send("n1 NOOP"); // keeps the invalid-command counter from closing the session
        }
        assertThat(imap.send("d1 NOOP")).containsExactly("d1 OK NOOP completed");
    }

    @Test
    void aFailureInsideTheServerIsReportedAndTheSessionGoesOn() {
        var broken = new FakeMessageParts() {
            @Override
            public String envelope(org.mailsim.store.RawMessage message) {
                throw new IllegalStateException("boom\r\n* OK forged");
            }
        };
        var server = new ImapHarness(ImapSettings.defaults().withAuthFailureDelay(java.time.Duration.ZERO), broken);
        server.deliver("one");
        var imap = server.selected("laptop");
        assertThat(imap.send("a1 FETCH 1 ENVELOPE")).containsExactly("a1 NO [SERVERBUG] Internal error");
        assertThat(imap.send("a2 NOOP")).containsExactly("a2 OK NOOP completed");
    }

    @Test
    void aStoredMailboxNameWithCrLfIsListedOnOneLine() {
        server.store.createFolder("alice", "evil\r\n* OK [ALERT] forged", null); // made by a scenario, not a client
        var imap = server.loggedIn("laptop");
        assertThat(imap.send("a1 LIST \"\" evil*")).containsExactly(
                "* LIST (\\HasNoChildren) \"/\" \"evil&AA0ACg-* OK [ALERT] forged\"", "a1 OK List completed");
    }
}
