package org.mailsim.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.net.Protocol.IMAP;
import static org.mailsim.net.Protocol.POP3;
import static org.mailsim.net.Protocol.SMTP;
import static org.mailsim.wire.Direction.CLIENT_TO_SERVER;
import static org.mailsim.wire.Direction.SERVER_TO_CLIENT;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Protocol;
import org.mailsim.wire.Direction;

/** Tricky lines, one per test, read like a transcript: the line, then what it means. */
class ExplainerTest {

    private final Explainer explainer = Explainer.standard();

    private static List<String> texts(Explanation e) {
        return e.parts().stream().map(Part::text).toList();
    }

    private static String meaningOf(Explanation e, String text) {
        return e.parts().stream().filter(p -> p.text().equals(text)).findFirst().orElseThrow().meaning();
    }

    private static List<String> refs(Explanation e) {
        return e.references().stream().map(RfcRef::toString).toList();
    }

    @Test
    void uidFetchWithPeekIsCutIntoTagUidFormSequenceSetAndAttributes() {
        var e = explainer.explain(IMAP, CLIENT_TO_SERVER, "a7 UID FETCH 1:* (FLAGS BODY.PEEK[HEADER.FIELDS (FROM SUBJECT)])");
        assertThat(texts(e)).containsExactly("a7", "UID", "FETCH", "1:*", "FLAGS",
                "BODY.PEEK[HEADER.FIELDS (FROM SUBJECT)]", "HEADER.FIELDS (FROM SUBJECT)");
        assertThat(meaningOf(e, "a7")).contains("tag");
        assertThat(meaningOf(e, "1:*")).contains("UIDs 1 to the last");
        assertThat(meaningOf(e, "BODY.PEEK[HEADER.FIELDS (FROM SUBJECT)]")).contains("PEEK", "\\Seen");
        assertThat(refs(e)).contains("RFC 3501 §6.4.5 FETCH Command", "RFC 3501 §6.4.8 UID Command");
    }

    @Test
    void expungeSaysTheMessageIsGoneAndLaterNumbersShift() {
        var e = explainer.explain(IMAP, SERVER_TO_CLIENT, "* 3 EXPUNGE");
        assertThat(texts(e)).containsExactly("*", "3", "EXPUNGE");
        assertThat(meaningOf(e, "3")).contains("message 3 is gone", "one lower");
        assertThat(meaningOf(e, "*")).contains("untagged");
        assertThat(refs(e)).contains("RFC 3501 §7.4.1 EXPUNGE Response");
    }

    @Test
    void responseCodesInBracketsAreExplained() {
        var failed = explainer.explain(IMAP, SERVER_TO_CLIENT, "A1 NO [AUTHENTICATIONFAILED] Authentication failed");
        assertThat(texts(failed)).containsExactly("A1", "NO", "[AUTHENTICATIONFAILED]", "Authentication failed");
        assertThat(refs(failed)).anyMatch(r -> r.startsWith("RFC 5530 §3"));
        var validity = explainer.explain(IMAP, SERVER_TO_CLIENT, "* OK [UIDVALIDITY 1] UIDs valid");
        assertThat(meaningOf(validity, "[UIDVALIDITY 1]")).contains("cached UIDs");
        var tryCreate = explainer.explain(IMAP, SERVER_TO_CLIENT, "a5 NO [TRYCREATE] Mailbox does not exist");
        assertThat(meaningOf(tryCreate, "[TRYCREATE]")).contains("CREATE");
    }

    @Test
    void fetchResponseCutByALiteralIsExplainedOnBothSides() {
        var head = explainer.explain(IMAP, SERVER_TO_CLIENT, "* 1 FETCH (UID 1 FLAGS (\\Recent) RFC822.SIZE 295 BODY[HEADER.FIELDS (FROM)] {124}");
        assertThat(texts(head)).contains("UID 1", "FLAGS (\\Recent)", "\\Recent", "RFC822.SIZE 295", "{124}");
        assertThat(refs(head)).contains("RFC 3501 §4.3 String (literal)");
        var rest = explainer.explain(IMAP, SERVER_TO_CLIENT, " FLAGS (\\Seen))");
        assertThat(texts(rest)).contains("FLAGS (\\Seen)", "\\Seen");
        assertThat(explainer.explain(IMAP, SERVER_TO_CLIENT, ")").summary()).contains("Closes");
    }

    @Test
    void appendWithALiteralAndTheContinuationRequest() {
        var append = explainer.explain(IMAP, CLIENT_TO_SERVER, "A5 APPEND Sent (\\Seen) {310}");
        assertThat(texts(append)).containsExactly("A5", "APPEND", "Sent", "(\\Seen)", "\\Seen", "{310}");
        var plus = explainer.explain(IMAP, SERVER_TO_CLIENT, "+ Ready for literal data");
        assertThat(meaningOf(plus, "+")).contains("continuation request");
        var line = explainer.explainLiteral(IMAP, CLIENT_TO_SERVER, "Subject: Slides");
        assertThat(refs(line)).contains("RFC 3501 §4.3 String (literal)", "RFC 5322 §3.6.5 Informational Fields");
    }

    @Test
    void pop3StatusIndicatorsAndRespCodes() {
        var inUse = explainer.explain(POP3, SERVER_TO_CLIENT, "-ERR [IN-USE] maildrop is locked by another POP3 session");
        assertThat(texts(inUse)).containsExactly("-ERR", "[IN-USE]", "maildrop is locked by another POP3 session");
        assertThat(refs(inUse)).contains("RFC 2449 §8.1.2 The IN-USE response code");
        var auth = explainer.explain(POP3, SERVER_TO_CLIENT, "-ERR [AUTH] invalid user name or password");
        assertThat(refs(auth)).contains("RFC 3206 §5 The AUTH response code");
        var octets = explainer.explain(POP3, SERVER_TO_CLIENT, "+OK 295 octets");
        assertThat(meaningOf(octets, "295 octets")).contains("only a dot");
    }

    @Test
    void pop3MultiLineAnswerLines() {
        assertThat(refs(explainer.explain(POP3, SERVER_TO_CLIENT, "STLS"))).contains("RFC 2595 §4 POP3 STARTTLS extension");
        assertThat(explainer.explain(POP3, SERVER_TO_CLIENT, ".").summary()).contains("ends a multi-line answer");
        assertThat(explainer.explain(POP3, SERVER_TO_CLIENT, "1 295").summary()).contains("scan listing");
        assertThat(explainer.explain(POP3, SERVER_TO_CLIENT, "2 c1.1768469402000.2").summary()).contains("unique-id");
        var body = explainer.explain(POP3, SERVER_TO_CLIENT, "Are you free for lunch?");
        assertThat(refs(body)).contains("RFC 1939 §3 Basic Operation (multi-line responses)", "RFC 5322 §2.3 Body");
    }

    @Test
    void smtpReplyCodeAndEnhancedStatusCode() {
        var ok = explainer.explain(SMTP, SERVER_TO_CLIENT, "250 2.1.5 Ok");
        assertThat(texts(ok)).containsExactly("250", "2xx", "2.1.5", "2.x.x", "x.1.x", "2.1.5", "Ok");
        assertThat(refs(ok)).contains("RFC 5321 §4.2.1 Reply Code Severities and Theory", "RFC 3463 §2 Status Code Structure");
        var relay = explainer.explain(SMTP, SERVER_TO_CLIENT, "554 5.7.1 <victim@example.com>: Relay access denied");
        assertThat(relay.summary()).startsWith("554");
        assertThat(relay.parts()).anyMatch(p -> p.meaning().contains("permanent failure"));
        assertThat(relay.parts()).anyMatch(p -> p.meaning().contains("relay access denied"));
    }

    @Test
    void smtpMultiLineEhloReplyNamesEachExtension() {
        var pipelining = explainer.explain(SMTP, SERVER_TO_CLIENT, "250-PIPELINING");
        assertThat(pipelining.summary()).startsWith("PIPELINING");
        assertThat(meaningOf(pipelining, "-")).contains("continues on the next line");
        var size = explainer.explain(SMTP, SERVER_TO_CLIENT, "250-SIZE 10240000");
        assertThat(texts(size)).contains("SIZE", "10240000");
        assertThat(refs(explainer.explain(SMTP, SERVER_TO_CLIENT, "250 8BITMIME"))).anyMatch(r -> r.startsWith("RFC 6152"));
    }

    @Test
    void smtpDataPhase() {
        assertThat(explainer.explain(SMTP, SERVER_TO_CLIENT, "354 End data with <CR><LF>.<CR><LF>").summary()).startsWith("354");
        var from = explainer.explain(SMTP, CLIENT_TO_SERVER, "MAIL FROM:<alice@mailsim.test>");
        assertThat(meaningOf(from, "FROM:<alice@mailsim.test>")).contains("envelope sender");
        var header = explainer.explain(SMTP, CLIENT_TO_SERVER, "From: alice@mailsim.test");
        assertThat(meaningOf(header, "From:")).contains("spoofing");
        assertThat(explainer.explain(SMTP, CLIENT_TO_SERVER, "Help is on the way.").summary()).contains("after 354");
        assertThat(explainer.explain(SMTP, CLIENT_TO_SERVER, ".").summary()).contains("ends the message");
    }

    @Test
    void tlsMarkersAndBinaryRuns() {
        for (String marker : List.of("[TLS handshake]", "[TLS application data]", "[TLS alert]",
                "[TLS change cipher spec]", "[TLS alert 2 bytes]")) {
            assertThat(explainer.explain(IMAP, CLIENT_TO_SERVER, marker).references()).as(marker)
                    .anyMatch(r -> r.rfc().equals("RFC 8446"));
        }
        var hello = explainer.explain(IMAP, CLIENT_TO_SERVER, "[binary 517 bytes: 16 03 01 02 00 01 00 01 fc 03 03 …]");
        assertThat(hello.summary()).contains("ClientHello");
        assertThat(explainer.explain(SMTP, SERVER_TO_CLIENT, "[literal 124 bytes]").summary()).contains("literal");
    }

    @Test
    void unknownAndMalformedLinesGetTheGenericExplanationWithoutAnException() {
        List<String> odd = List.of("", " ", "(", ")", "[", "]", "{", "\"", "* (", "*", "+", "A1", "A1 UID",
                "A1 FROB x", "* 1 FETCH (", "* 1 FETCH (BODY[", "250-", "999 nine", "+OK", "-ERR [",
                "\u0000\u0007", "日本語", "A1 FETCH 1 (BODY[1.2.MIME]<0.10>)", "[TLS bogus]", "[binary x bytes]");
        for (Protocol protocol : Protocol.values()) {
            for (Direction direction : Direction.values()) {
                for (String line : odd) {
                    var e = explainer.explain(protocol, direction, line);
                    assertThat(e).as(protocol + " " + direction + " " + line).isNotNull();
                    assertThat(e.summary()).isNotBlank();
                }
            }
        }
        var unknown = explainer.explain(IMAP, CLIENT_TO_SERVER, "A1 FROB x");
        assertThat(unknown.isGeneric()).isTrue();
        assertThat(unknown.parts()).containsExactly(new Part("A1 FROB x", unknown.summary()));
        assertThat(explainer.explain(SMTP, SERVER_TO_CLIENT, "hello there").isGeneric()).isTrue();
    }
}
