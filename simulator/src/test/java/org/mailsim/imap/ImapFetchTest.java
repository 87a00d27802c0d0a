package org.mailsim.imap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailsim.net.SessionDriver;
import org.mailsim.store.SystemFlag;

/** FETCH and UID FETCH (RFC 3501 §6.4.5, §6.4.8, §7.4.2). */
class ImapFetchTest {
    private final ImapHarness server = new ImapHarness();
    private SessionDriver imap;
    private static final String MESSAGE = "From: Bob <bob@mailsim.test>\r\nTo: alice@mailsim.test\r\nSubject: lunch\r\n"
            + "Date: Wed, 14 Jan 2026 08:00:00 +0000\r\nMessage-ID: <lunch@mailsim.test>\r\n\r\nHello lunch\r\n";
    private static final String HEADER = MESSAGE.substring(0, MESSAGE.indexOf("\r\n\r\n") + 4);

    @BeforeEach
    void oneMessageInInbox() {
        server.deliver("lunch");
        imap = server.selected("laptop");
    }

    @Test
    void fetchFlagsUidAndSize() {
        assertThat(imap.send("a1 FETCH 1 (FLAGS UID RFC822.SIZE)")).containsExactly(
                "* 1 FETCH (FLAGS (\\Recent) UID 1 RFC822.SIZE " + MESSAGE.length() + ")", "a1 OK Fetch completed");
    }

    @Test
    void fastAllAndFullMacros() {
        assertThat(imap.send("a1 FETCH 1 FAST")).containsExactly(
                "* 1 FETCH (FLAGS (\\Recent) INTERNALDATE \"15-Jan-2026 09:30:00 +0000\" RFC822.SIZE " + MESSAGE.length() + ")",
                "a1 OK Fetch completed");
        assertThat(imap.send("a2 FETCH 1 ALL").getFirst()).endsWith("ENVELOPE (\"Wed, 14 Jan 2026 08:00:00 +0000\" \"lunch\""
                + " ((NIL NIL \"bob\" \"mailsim.test\")) ((NIL NIL \"bob\" \"mailsim.test\")) ((NIL NIL \"bob\" \"mailsim.test\"))"
                + " ((NIL NIL \"alice\" \"mailsim.test\")) NIL NIL NIL \"<lunch@mailsim.test>\"))");
        assertThat(imap.send("a3 FETCH 1 FULL").getFirst())
                .endsWith(" BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 13 1))");
    }

    @Test
    void bodystructureIsTheExtensibleForm() {
        assertThat(imap.send("a1 FETCH 1 BODYSTRUCTURE")).containsExactly(
                "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 13 1 NIL NIL NIL NIL))",
                "a1 OK Fetch completed");
    }

    @Test
    void bodySectionSetsSeenAndReportsTheNewFlags() {
        // RFC 3501 §6.4.5: the new flags SHOULD come with it; Dovecot writes them before the body.
        assertThat(imap.send("a1 FETCH 1 BODY[]")).containsExactly(
                "* 1 FETCH (FLAGS (\\Seen \\Recent) BODY[] {" + MESSAGE.length() + "}",
                MESSAGE.substring(0, MESSAGE.length() - 2).split("\r\n")[0],
                "To: alice@mailsim.test", "Subject: lunch", "Date: Wed, 14 Jan 2026 08:00:00 +0000",
                "Message-ID: <lunch@mailsim.test>", "", "Hello lunch",
                ")", "a1 OK Fetch completed");
        assertThat(server.store.folder("alice", "INBOX").messages().getFirst().flags().has(SystemFlag.SEEN)).isTrue();
    }

    @Test
    void peekAndRfc822HeaderDoNotSetSeen() {
        byte[] reply = imap.sendRawBytes("a1 FETCH 1 (BODY.PEEK[HEADER] RFC822.HEADER)\r\n".getBytes());
        assertThat(new String(reply)).isEqualTo("* 1 FETCH (BODY[HEADER] {" + HEADER.length() + "}\r\n" + HEADER
                + " RFC822.HEADER {" + HEADER.length() + "}\r\n" + HEADER + ")\r\na1 OK Fetch completed\r\n");
        assertThat(server.store.folder("alice", "INBOX").messages().getFirst().flags().has(SystemFlag.SEEN)).isFalse();
    }

    @Test
    void partialFetchSlicesTheSectionAndEchoesTheOrigin() {
        assertThat(new String(imap.sendRawBytes("a1 FETCH 1 BODY.PEEK[TEXT]<6.4>\r\n".getBytes())))
                .isEqualTo("* 1 FETCH (BODY[TEXT]<6> {4}\r\nlunc)\r\na1 OK Fetch completed\r\n");
        assertThat(new String(imap.sendRawBytes("a2 FETCH 1 BODY.PEEK[]<9999.10>\r\n".getBytes())))
                .isEqualTo("* 1 FETCH (BODY[]<9999> {0}\r\n)\r\na2 OK Fetch completed\r\n");
    }

    @Test
    void headerFieldsAndTheirNegation() {
        assertThat(new String(imap.sendRawBytes("a1 FETCH 1 BODY.PEEK[HEADER.FIELDS (subject FROM)]\r\n".getBytes())))
                .isEqualTo("* 1 FETCH (BODY[HEADER.FIELDS (SUBJECT FROM)] {48}\r\nFrom: Bob <bob@mailsim.test>\r\nSubject: lunch\r\n\r\n)\r\n"
                        + "a1 OK Fetch completed\r\n");
        assertThat(imap.send("a2 FETCH 1 BODY.PEEK[HEADER.FIELDS.NOT (From To Date Message-ID)]"))
                .containsExactly("* 1 FETCH (BODY[HEADER.FIELDS.NOT (FROM TO DATE MESSAGE-ID)] {18}", "Subject: lunch", "", ")",
                        "a2 OK Fetch completed");
    }

    @Test
    void rfc822TextSetsSeenAndPartNumbersReachTheBody() {
        assertThat(new String(imap.sendRawBytes("a1 FETCH 1 BODY.PEEK[1]\r\n".getBytes())))
                .isEqualTo("* 1 FETCH (BODY[1] {13}\r\nHello lunch\r\n)\r\na1 OK Fetch completed\r\n");
        assertThat(new String(imap.sendRawBytes("a2 FETCH 1 RFC822.TEXT\r\n".getBytes())))
                .isEqualTo("* 1 FETCH (FLAGS (\\Seen \\Recent) RFC822.TEXT {13}\r\nHello lunch\r\n)\r\na2 OK Fetch completed\r\n");
    }

    @Test
    void uidFetchAlwaysIncludesTheUid() {
        server.deliver("second");
        imap.send("a0 NOOP");
        assertThat(imap.send("a1 UID FETCH 2:* FLAGS")).containsExactly("* 2 FETCH (UID 2 FLAGS (\\Recent))", "a1 OK Fetch completed");
        // RFC 3501 §6.4.8: "9:*" always includes the last message; "9" alone or "5:7" name nothing.
        assertThat(imap.send("a2 UID FETCH 9:* FLAGS")).containsExactly("* 2 FETCH (UID 2 FLAGS (\\Recent))", "a2 OK Fetch completed");
        assertThat(imap.send("a3 UID FETCH 9 FLAGS")).containsExactly("a3 OK Fetch completed");
        assertThat(imap.send("a4 UID FETCH 5:7 FLAGS")).containsExactly("a4 OK Fetch completed");
    }

    @Test
    void examineNeverSetsSeen() {
        var reader = server.loggedIn("phone");
        reader.send("e1 EXAMINE INBOX");
        assertThat(reader.send("e2 FETCH 1 RFC822").getLast()).isEqualTo("e2 OK Fetch completed");
        assertThat(server.store.folder("alice", "INBOX").messages().getFirst().flags().has(SystemFlag.SEEN)).isFalse();
    }

    @Test
    void badFetchArgumentsAreRefused() {
        assertThat(imap.send("a1 FETCH 2 FLAGS")).containsExactly("a1 BAD Error in IMAP command FETCH: Invalid messageset");
        assertThat(imap.send("a2 FETCH 1 (FLAGS BOGUS)")).containsExactly("a2 BAD Error in IMAP command FETCH: Unknown FETCH item");
        assertThat(imap.send("a3 FETCH 1 BODY[MIME]")).containsExactly("a3 BAD Error in IMAP command FETCH: Invalid section");
        assertThat(imap.send("a4 FETCH 1 BODY[TEXT]<0.0>")).containsExactly("a4 BAD Error in IMAP command FETCH: Partial length must be at least 1");
        assertThat(imap.send("a5 FETCH 0 FLAGS")).containsExactly("a5 BAD Error in IMAP command FETCH: Invalid sequence set: numbers start at 1");
        assertThat(imap.send("a6 FETCH 1 (FLAGS")).containsExactly("a6 BAD Error in IMAP command FETCH: Expected ')'");
    }
}
