package org.mailsim.imap.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.imap.message.SectionSpec.Text.ALL;
import static org.mailsim.imap.message.SectionSpec.Text.HEADER;
import static org.mailsim.imap.message.SectionSpec.Text.HEADER_FIELDS;
import static org.mailsim.imap.message.SectionSpec.Text.HEADER_FIELDS_NOT;
import static org.mailsim.imap.message.SectionSpec.Text.MIME;
import static org.mailsim.imap.message.SectionSpec.Text.TEXT;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailsim.store.RawMessage;

/** BODY[section], RFC 3501 §6.4.5. Each test reads like the FETCH it answers. */
class SectionsTest {

    private static final RawMessage NESTED = TestMessages.load("rfc3501-parts.eml");

    /** {@code BODY[1.2.TEXT]} as text. */
    private static String body(RawMessage message, String part, SectionSpec.Text text, String... fields) {
        List<Integer> path = part.isEmpty() ? List.of() : Arrays.stream(part.split("\\.")).map(Integer::valueOf).toList();
        return TestMessages.text(Sections.extract(message, new SectionSpec(path, text, List.of(fields))));
    }

    @Test
    void partNumbersFollowTheRfc3501Example() {
        // RFC 3501 §6.4.5: each leaf of the example structure holds its own number as text.
        for (String leaf : List.of("1", "2", "3.1", "3.2", "4.1", "4.2.1", "4.2.2.1", "4.2.2.2")) {
            assertThat(body(NESTED, leaf, ALL)).as("BODY[%s]", leaf).isEqualTo("part " + leaf);
        }
    }

    @Test
    void headerAndTextOfAnEncapsulatedMessage() {
        assertThat(body(NESTED, "3", HEADER)).isEqualTo(
                "Subject: part 3 header\r\nMIME-Version: 1.0\r\nContent-Type: MULTIPART/MIXED; boundary=three\r\n\r\n");
        assertThat(body(NESTED, "3", TEXT)).isEqualTo(
                "--three\r\nContent-Type: TEXT/PLAIN\r\n\r\npart 3.1\r\n"
                + "--three\r\nContent-Type: APPLICATION/OCTET-STREAM\r\n\r\npart 3.2\r\n--three--\r\n"); // Dovecot keeps the close delimiter's line end
        assertThat(body(NESTED, "4.2", HEADER_FIELDS, "subject")).isEqualTo("Subject: part 4.2 header\r\n\r\n");
        // BODY[3] of a message/rfc822 part is the whole message inside it
        assertThat(body(NESTED, "3", ALL)).startsWith("Subject: part 3 header\r\n").endsWith("part 3.2\r\n--three--\r\n");
    }

    @Test
    void mimeIsThePartsOwnHeaderWithItsBlankLine() {
        assertThat(body(NESTED, "4.1", MIME)).isEqualTo("Content-Type: IMAGE/GIF\r\n\r\n");
        assertThat(body(NESTED, "3", MIME)).isEqualTo("Content-Type: MESSAGE/RFC822\r\n\r\n");
    }

    @Test
    void wholeMessageHeaderAndText() {
        RawMessage plain = TestMessages.load("plain.eml");
        assertThat(Sections.extract(plain, SectionSpec.WHOLE)).isEqualTo(plain.toByteArray());
        assertThat(body(plain, "", HEADER)).startsWith("Date: Wed, 17 Jul 1996").endsWith("Content-Transfer-Encoding: 7BIT\r\n\r\n");
        assertThat(body(plain, "", TEXT)).isEqualTo("Hello world.\r\nSecond line.\r\n");
    }

    @Test
    void aMessageThatIsNotMultipartHasOnlyPartOne() {
        RawMessage plain = TestMessages.load("plain.eml");
        assertThat(body(plain, "1", ALL)).isEqualTo("Hello world.\r\nSecond line.\r\n");
        assertThat(body(plain, "2", ALL)).isEmpty();
    }

    @Test
    void headerFieldsKeepOrderFoldingAndAllOccurrencesThenTheBlankLine() {
        var message = RawMessage.ofText("Received: from a\n by b\nSubject: Hi\nreceived: from c\nTo: x@y\n\nbody\n");
        assertThat(body(message, "", HEADER_FIELDS, "RECEIVED", "To"))
                .isEqualTo("Received: from a\r\n by b\r\nreceived: from c\r\nTo: x@y\r\n\r\n");
        assertThat(body(message, "", HEADER_FIELDS_NOT, "Received", "To")).isEqualTo("Subject: Hi\r\n\r\n");
        assertThat(body(message, "", HEADER_FIELDS, "Cc")).isEqualTo("\r\n");
    }

    @Test
    void quotedPrintableAndBase64PartsComeBackAsTransmitted() {
        RawMessage alternative = TestMessages.load("alternative.eml");
        assertThat(body(alternative, "1", ALL)).isEqualTo("Gr=C3=BC=C3=9Fe aus M=C3=BCnchen!\r\nDas Wetter ist sch=C3=B6n.");
        assertThat(body(alternative, "1", MIME))
                .isEqualTo("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n");
        assertThat(body(alternative, "2", ALL)).isEqualTo("PHA+R3LDvMOfZSBhdXMgTcO8bmNoZW4hPC9wPg==");
    }

    @Test
    void sectionSizesMatchBodyStructure() {
        // BODYSTRUCTURE says part 3 of mixed.eml is 253 octets and its message 26 octets of text.
        RawMessage mixed = TestMessages.load("mixed.eml");
        assertThat(Sections.extract(mixed, new SectionSpec(List.of(3), ALL, List.of()))).hasSize(253);
        assertThat(body(mixed, "3", TEXT)).isEqualTo("Could you send the report?");
        assertThat(body(mixed, "3.1", ALL)).isEqualTo("Could you send the report?");
        assertThat(body(mixed, "1", MIME)).isEqualTo("\r\n"); // part 1 has an empty header
    }

    @Test
    void sectionsThatNameNothingAreEmpty() {
        RawMessage mixed = TestMessages.load("mixed.eml");
        assertThat(body(mixed, "4", ALL)).isEmpty();          // no part 4
        assertThat(body(mixed, "3.2", ALL)).isEmpty();        // the inner message has only part 1
        assertThat(body(mixed, "1", HEADER)).isEmpty();       // part 1 is text, not a message
        assertThat(body(mixed, "2", TEXT)).isEmpty();
        assertThat(body(mixed, "2.1", ALL)).isEmpty();        // a leaf has no sub-parts
    }

    @Test
    void bareLfMessagePartsEndBeforeTheLfOfTheDelimiter() {
        RawMessage bare = TestMessages.load("bare-lf.eml");
        assertThat(body(bare, "1", ALL)).isEqualTo("one\ntwo");
        assertThat(body(bare, "1", MIME)).isEqualTo("Content-Type: text/plain\n\n");
        assertThat(body(bare, "", HEADER_FIELDS, "Subject")).isEqualTo("Subject: Bare LF\n\n");
    }
}
