package org.mailsim.imap.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mailsim.store.RawMessage;

/**
 * BODY and BODYSTRUCTURE, RFC 3501 §7.4.2, with Dovecot's choices (imap-bodystructure.c): case
 * kept as written, lower-case defaults. Octet and line counts are counted from the fixture by hand:
 * a part's body ends before the CRLF that precedes the next delimiter (RFC 2046 §5.1.1), and lines
 * are LF octets.
 */
class BodyStructureTest {

    private static final String DEFAULT_TEXT = "\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\"";

    @Test
    void singlePartHasTheRfc3501BodyForm() {
        // RFC 3501 §7.4.2 example form ("TEXT" "PLAIN" ("CHARSET" "US-ASCII") NIL NIL "7BIT" 3028 92);
        // here the body is "Hello world.\r\nSecond line.\r\n": 28 octets, 2 lines.
        RawMessage plain = TestMessages.load("plain.eml");
        assertThat(BodyStructure.of(plain, false))
                .isEqualTo("(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 28 2)");
        assertThat(BodyStructure.of(plain, true))
                .isEqualTo("(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 28 2 NIL NIL NIL NIL)");
    }

    @Test
    void multipartAlternativeListsItsPartsThenSubtypeThenParameters() {
        // Part 1: "Gr=C3=BC=C3=9Fe aus M=C3=BCnchen!\r\nDas Wetter ist sch=C3=B6n." = 61 octets, 1 LF;
        // part 2: one base64 line of 40 octets without its line end, 0 LF.
        RawMessage alternative = TestMessages.load("alternative.eml");
        assertThat(BodyStructure.of(alternative, false)).isEqualTo(
                "((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" 61 1)"
                + "(\"text\" \"html\" (\"charset\" \"utf-8\") NIL NIL \"base64\" 40 0) \"alternative\")");
        assertThat(BodyStructure.of(alternative, true)).isEqualTo(
                "((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" 61 1 NIL NIL NIL NIL)"
                + "(\"text\" \"html\" (\"charset\" \"utf-8\") NIL NIL \"base64\" 40 0 NIL NIL NIL NIL)"
                + " \"alternative\" (\"boundary\" \"alt-boundary\") NIL NIL NIL)");
    }

    @Test
    void mixedWithAttachmentAndEncapsulatedMessage() {
        String envelope = "(\"Mon, 1 Jul 2024 08:00:00 +0000\" \"Original question\""
                + " ((\"Carol\" NIL \"carol\" \"example.net\")) ((\"Carol\" NIL \"carol\" \"example.net\"))"
                + " ((\"Carol\" NIL \"carol\" \"example.net\")) ((\"Bob\" NIL \"bob\" \"example.org\"))"
                + " NIL NIL NIL \"<thread-0@example.net>\")";
        assertThat(BodyStructure.of(TestMessages.load("mixed.eml"), true)).isEqualTo("("
                // part 1 has an empty header: RFC 2045 §5.2 defaults; "See the report attached." = 24 octets
                + "(" + DEFAULT_TEXT + " 24 0 NIL NIL NIL NIL)"
                // part 2: id, description, encoding; no line count for a non-text part; then
                // md5 NIL, disposition with parameters, languages as a list, location NIL
                + "(\"application\" \"pdf\" (\"name\" \"report.pdf\") \"<report@example.org>\" \"Quarterly report\""
                + " \"base64\" 20 NIL (\"attachment\" (\"filename\" \"report.pdf\")) (\"en\" \"de\") NIL)"
                // part 3, message/rfc822: 253 octets, 8 LF (7 header lines and the blank line); then the
                // envelope and body structure of the message inside, then its line count
                + "(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 253 " + envelope
                + " (\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 26 0 NIL NIL NIL NIL) 8 NIL NIL NIL NIL)"
                + " \"mixed\" (\"boundary\" \"outer\") NIL NIL NIL)");
    }

    @Test
    void nestedStructureOfTheRfc3501SectionExample() {
        // The message of RFC 3501 §6.4.5's part-numbering example. Part 3 is 211 octets and 13 lines,
        // part 4.2 is 334 octets and 21 lines: each ends with its own multipart's close delimiter,
        // line end included, as Dovecot 2.3 counts it; every leaf is "part N" without a line end.
        String envelope3 = "(NIL \"part 3 header\" NIL NIL NIL NIL NIL NIL NIL NIL)";
        String envelope42 = "(NIL \"part 4.2 header\" NIL NIL NIL NIL NIL NIL NIL NIL)";
        String text = "\"TEXT\" \"PLAIN\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\"";
        String octets = "\"APPLICATION\" \"OCTET-STREAM\" NIL NIL NIL \"7bit\"";
        assertThat(BodyStructure.of(TestMessages.load("rfc3501-parts.eml"), false)).isEqualTo("("
                + "(" + text + " 6 0)"
                + "(" + octets + " 6)"
                + "(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 211 " + envelope3
                + " ((" + text + " 8 0)(" + octets + " 8) \"MIXED\") 13)"
                + "((\"IMAGE\" \"GIF\" NIL NIL NIL \"7bit\" 8)"
                + "(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 334 " + envelope42
                + " ((" + text + " 10 0)((" + text + " 12 0)(\"TEXT\" \"RICHTEXT\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 12 0)"
                + " \"ALTERNATIVE\") \"MIXED\") 21) \"MIXED\")"
                + " \"MIXED\")");
    }

    @Test
    void withoutMimeVersionContentTypeStillCounts() {
        // RFC 2045 §4 makes MIME-Version the mark of MIME, but Dovecot 2.3 (message-parser.c, not
        // strict) takes "Content-Type: text/html" as MIME too, and so does mailsim.
        // Body "<p>No MIME-Version here, so this is plain text.</p>\r\n" = 53 octets, 1 line.
        assertThat(BodyStructure.of(TestMessages.load("missing-headers.eml"), true))
                .isEqualTo("(\"text\" \"html\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 53 1 NIL NIL NIL NIL)");
    }

    @Test
    void bareLfMessageCountsTheOctetsAsStored() {
        // Part body "one\ntwo": the LF before "--b--" belongs to the delimiter, so 7 octets, 1 line.
        assertThat(BodyStructure.of(TestMessages.load("bare-lf.eml"), true)).isEqualTo(
                "((" + DEFAULT_TEXT + " 7 1 NIL NIL NIL NIL) \"mixed\" (\"boundary\" \"b\") NIL NIL NIL)");
    }

    @Test
    void contentTypeWithoutSubtypeFallsBackToTheDefault() {
        // RFC 2045 §5.2: an invalid Content-Type is best read as text/plain; charset=us-ascii.
        var message = RawMessage.ofText("MIME-Version: 1.0\nContent-Type: image; name=x\n\nhi\n");
        assertThat(BodyStructure.of(message, false)).isEqualTo("(" + DEFAULT_TEXT + " 4 1)");
    }

    @Test
    void textWithoutCharsetGetsTheDefaultAppendedAfterItsOwnParameters() {
        var message = RawMessage.ofText("MIME-Version: 1.0\nContent-Type: text/plain; format=flowed\n\nhi\n");
        assertThat(BodyStructure.of(message, false)).isEqualTo(
                "(\"text\" \"plain\" (\"format\" \"flowed\" \"charset\" \"us-ascii\") NIL NIL \"7bit\" 4 1)");
    }

    @Test
    void rfc2231ContinuationsAreJoinedAndExtendedValuesDecoded() {
        var message = RawMessage.ofText("MIME-Version: 1.0\n"
                + "Content-Type: text/plain; name*0=\"long\"; name*1=\"name.txt\"; format=fixed\n"
                + "Content-Disposition: attachment; filename*=utf-8''caf%C3%A9.txt\n\nx\n");
        // Joined continuations come after the plain parameters (as in Dovecot), then the default
        // charset; the decoded "café.txt" is 9 octets of UTF-8, so a literal.
        assertThat(BodyStructure.of(message, true)).isEqualTo(
                "(\"text\" \"plain\" (\"format\" \"fixed\" \"name\" \"longname.txt\" \"charset\" \"us-ascii\") NIL NIL \"7bit\" 3 1"
                + " NIL (\"attachment\" (\"filename\" {9}\r\ncafé.txt)) NIL NIL)");
    }

    @Test
    void rfc2231PiecesWithAGapStayApart() {
        var message = RawMessage.ofText("MIME-Version: 1.0\nContent-Type: application/x-demo; n*0=a; n*2=c\n\nx\n");
        assertThat(BodyStructure.of(message, false)).isEqualTo(
                "(\"application\" \"x-demo\" (\"n*0\" \"a\" \"n*2\" \"c\") NIL NIL \"7bit\" 3)");
    }

    @Test
    void multipartDigestPartsDefaultToMessageRfc822() {
        // RFC 2046 §5.1.5: in a digest a part without Content-Type is message/rfc822.
        var message = RawMessage.ofText("MIME-Version: 1.0\nContent-Type: multipart/digest; boundary=d\n\n"
                + "--d\n\nSubject: inner\n\nbody\n--d--\n");
        // The part body "Subject: inner\r\n\r\nbody" is 22 octets with 2 LF; the inner body is 4 octets, 0 LF.
        assertThat(BodyStructure.of(message, false)).isEqualTo(
                "((\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 22 (NIL \"inner\" NIL NIL NIL NIL NIL NIL NIL NIL) ("
                + DEFAULT_TEXT + " 4 0) 2) \"digest\")");
    }

    @Test
    void deepNestingStopsAtTheDepthLimitInsteadOfExhaustingTheStack() {
        StringBuilder text = new StringBuilder("MIME-Version: 1.0\n");
        for (int depth = 0; depth < 5000; depth++) {
            text.append("Content-Type: multipart/mixed; boundary=b").append(depth).append("\n\n--b").append(depth).append('\n');
        }
        String structure = BodyStructure.of(RawMessage.ofText(text.toString()), true);
        assertThat(structure).startsWith("((((").contains("\"mixed\"");
        assertThat(structure.length()).isLessThan(20_000);
    }

    @Test
    void emptyBoundaryIsNotAMultipart() {
        var message = RawMessage.ofText("MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"\"\n\n--\nx\n");
        // A leaf of type multipart/mixed: body "--\r\nx\r\n" is 7 octets, and only text has a line count.
        assertThat(BodyStructure.of(message, false)).isEqualTo("(\"multipart\" \"mixed\" (\"boundary\" \"\") NIL NIL \"7bit\" 7)");
    }

    @Test
    void multipartWithoutPartsIsWrittenAsOneEmptyTextPart() {
        var message = RawMessage.ofText("MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=x\n\nno delimiter here\n");
        assertThat(BodyStructure.of(message, false)).isEqualTo("((" + DEFAULT_TEXT + " 0 0) \"mixed\")");
        assertThat(BodyStructure.of(message, true))
                .isEqualTo("((" + DEFAULT_TEXT + " 0 0 NIL NIL NIL NIL) \"mixed\" (\"boundary\" \"x\") NIL NIL NIL)");
    }
}
