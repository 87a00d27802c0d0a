package org.mailsim.imap.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link ImapStrings#forHumans}, checked against the cases in Dovecot's own test of the same rule
 * ({@code dovecot/core: src/lib-imap/test-imap-quote.c}).
 */
class ImapStringsForHumansTest {

    @Test
    void plainTextIsAQuotedString() {
        assertThat(ImapStrings.forHumans("IMAP4rev1 WG mtg")).isEqualTo("\"IMAP4rev1 WG mtg\"");
    }

    @Test
    void whitespaceOnlyBecomesTheEmptyString() {
        assertThat(ImapStrings.forHumans("")).isEqualTo("\"\"");
        assertThat(ImapStrings.forHumans(" \t ")).isEqualTo("\"\"");
    }

    @Test
    void trimmedOrCollapsedTextIsALiteral() {
        assertThat(ImapStrings.forHumans(" foo  \t  \t")).isEqualTo("{3}\r\nfoo");
        assertThat(ImapStrings.forHumans("hello  \r\n  world")).isEqualTo("{11}\r\nhello world");
    }

    @Test
    void quotesAndBackslashesMakeALiteralRatherThanEscapes() {
        assertThat(ImapStrings.forHumans("hello\"world")).isEqualTo("{11}\r\nhello\"world");
        assertThat(ImapStrings.forHumans("hello\\world")).isEqualTo("{11}\r\nhello\\world");
    }

    @Test
    void eightBitTextIsALiteralCountedInUtf8Octets() {
        assertThat(ImapStrings.forHumans("Grüße")).isEqualTo("{7}\r\nGrüße");
    }
}
