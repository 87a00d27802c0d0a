package org.mailsim.imap.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mailsim.store.RawMessage;

/** What SEARCH matches (RFC 3501 §6.4.4): decoded header values and body text, case-insensitive substrings. */
class MessageTextTest {

    private static final RawMessage ALTERNATIVE = TestMessages.load("alternative.eml");

    @Test
    void headerValuesAreUnfoldedAndDecoded() {
        assertThat(MessageText.headerValues(ALTERNATIVE, "subject")).containsExactly("Grüße aus München");
        assertThat(MessageText.headerValues(TestMessages.load("missing-headers.eml"), "Subject"))
                .containsExactly("A \"quoted\" word and a folded line");
        var twice = RawMessage.ofText("Received: from a\n by b\nReceived: from c\n\n");
        assertThat(MessageText.headerValues(twice, "Received")).containsExactly("from a by b", "from c");
        assertThat(MessageText.headerValues(twice, "Cc")).isEmpty();
    }

    @Test
    void headerSearchIsACaseInsensitiveSubstringOfTheDecodedValue() {
        assertThat(MessageText.headerContains(ALTERNATIVE, "From", "MÜLLER")).isTrue();
        assertThat(MessageText.headerContains(ALTERNATIVE, "From", "=C3=BC")).isFalse(); // the encoded form is not text
        assertThat(MessageText.headerContains(ALTERNATIVE, "To", "müller")).isFalse();
    }

    @Test
    void emptyHeaderNeedleMatchesWhenTheFieldExists() {
        RawMessage missing = TestMessages.load("missing-headers.eml");
        assertThat(MessageText.headerContains(missing, "Subject", "")).isTrue();
        assertThat(MessageText.headerContains(missing, "Date", "")).isFalse();
    }

    @Test
    void sentDateIsTheDateInTheHeadersOwnZone() {
        // "Mon, 1 Jul 2024 23:30:00 -0700" is 2 July in UTC; SENTON compares the date as written.
        assertThat(MessageText.sentDate(ALTERNATIVE)).contains(LocalDate.of(2024, 7, 1));
        assertThat(MessageText.sentDate(TestMessages.load("groups.eml"))).contains(LocalDate.of(2024, 3, 5));
        assertThat(MessageText.sentDate(TestMessages.load("missing-headers.eml"))).isEmpty();
    }

    @Test
    void sentDateReadsObsoleteTwoAndThreeDigitYears() {
        // RFC 5322 §4.3: 00-49 → 2000-2049, 50-99 and three digits → add 1900.
        assertThat(MessageText.sentDate(RawMessage.ofText("Date: 3 Feb 99 10:00 EST\n\n"))).contains(LocalDate.of(1999, 2, 3));
        assertThat(MessageText.sentDate(RawMessage.ofText("Date: 3 Feb 07 10:00 EST\n\n"))).contains(LocalDate.of(2007, 2, 3));
        assertThat(MessageText.sentDate(RawMessage.ofText("Date: 3 Feb 103 10:00 EST\n\n"))).contains(LocalDate.of(2003, 2, 3));
        assertThat(MessageText.sentDate(RawMessage.ofText("Date: 31 Feb 2024 10:00 +0000\n\n"))).isEmpty();
        assertThat(MessageText.sentDate(RawMessage.ofText("Date: yesterday\n\n"))).isEmpty();
    }

    @Test
    void bodySearchDecodesQuotedPrintableAndBase64Parts() {
        assertThat(MessageText.bodyContains(ALTERNATIVE, "SCHÖN")).isTrue();            // quoted-printable part
        assertThat(MessageText.bodyContains(ALTERNATIVE, "<p>grüße aus")).isTrue();     // base64 part
        assertThat(MessageText.bodyContains(ALTERNATIVE, "sch=C3=B6n")).isFalse();      // transfer encoding undone
        assertThat(MessageText.bodyContains(ALTERNATIVE, "alt-1@example.de")).isFalse(); // the header is not the body
    }

    @Test
    void bodySearchReadsTextInsideEncapsulatedMessagesButNotAttachments() {
        RawMessage mixed = TestMessages.load("mixed.eml");
        assertThat(MessageText.bodyContains(mixed, "send the report")).isTrue();
        assertThat(MessageText.bodyContains(mixed, "PDF-1.4")).isFalse(); // application/pdf is not text
    }

    @Test
    void bodySearchAppliesTheCharset() {
        var latin1 = RawMessage.of(("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\nCaf=E9 cr=E8me\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(MessageText.bodyContains(latin1, "café crème")).isTrue();
    }

    @Test
    void bodySearchReadsUnlabelledEightBitTextAsUtf8() {
        // Not MIME, so text/plain; charset=us-ascii by default (RFC 2045 §5.2), yet the octets are UTF-8.
        var unlabelled = RawMessage.ofText("Subject: x\n\nFußball\n");
        assertThat(MessageText.bodyContains(unlabelled, "fußball")).isTrue();
    }

    @Test
    void textSearchLooksInHeaderAndBody() {
        assertThat(MessageText.textContains(ALTERNATIVE, "alt-1@example.de")).isTrue();
        assertThat(MessageText.textContains(ALTERNATIVE, "münchen!</p>")).isTrue();
        assertThat(MessageText.textContains(ALTERNATIVE, "Jörg Müller")).isTrue();
        assertThat(MessageText.textContains(ALTERNATIVE, "nowhere to be found")).isFalse();
    }
}
