package org.mailsim.scenario.device.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading the server's responses as a client must (RFC 3501 §7, §9): status, codes, lists, strings, literals. */
class ImapResponseTest {

    private static ImapResponse response(String tag, String wire) {
        return new ImapResponse(tag, wire.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsStatusAndResponseCode() {
        ImapResponse failed = response("A1", "A1 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n");

        assertThat(failed.status()).isEqualTo("NO");
        assertThat(failed.codeName()).isEqualTo("AUTHENTICATIONFAILED");
        assertThat(response("*", "* OK [UIDVALIDITY 7] UIDs valid\r\n").code()).isEqualTo("UIDVALIDITY 7");
        assertThat(response("*", "* 3 EXISTS\r\n").status()).isEmpty();
    }

    @Test
    void readsNumberedUntaggedResponses() {
        assertThat(response("*", "* 3 EXPUNGE\r\n").numbered()).hasValue(new ImapResponse.Numbered(3, "EXPUNGE"));
        assertThat(response("*", "* LIST (\\Sent) \"/\" Sent\r\n").numbered()).isEmpty();
        assertThat(response("+", "+ idling\r\n").continuation()).isTrue();
    }

    @Test
    void keepsASectionWithSpacesAsOneFetchItemAndItsLiteralAsBytes() {
        ImapResponse fetch = response("*", "* 2 FETCH (UID 9 FLAGS (\\Seen \\Flagged) BODY[HEADER.FIELDS (FROM SUBJECT)] {17}\r\n"
                + "Subject: (hi)\r\n\r\n)\r\n");

        FetchItems items = FetchItems.parse(fetch);

        assertThat(items.number()).isEqualTo(2);
        assertThat(items.uid()).isEqualTo(9L);
        assertThat(items.flags()).containsExactly("\\Seen", "\\Flagged");
        assertThat(new String(items.header(), StandardCharsets.UTF_8)).isEqualTo("Subject: (hi)\r\n\r\n");
    }

    @Test
    void unescapesQuotedStringsAndReadsNil() {
        List<Object> tokens = response("*", "* LIST (\\Noselect) NIL \"a \\\"b\\\" \\\\c\"\r\n").tokens();

        assertThat(tokens.get(0)).isEqualTo("LIST");
        assertThat(tokens.get(1)).isEqualTo(List.of("\\Noselect"));
        assertThat(tokens.get(2)).isNull();
        assertThat(tokens.get(3)).isEqualTo("a \"b\" \\c");
    }

    @Test
    void aPartialBodyKeepsItsOriginInTheItemName() {
        FetchItems items = FetchItems.parse(response("*", "* 1 FETCH (UID 1 BODY[TEXT]<0> {5}\r\nHello)\r\n"));

        assertThat(new String(items.text(), StandardCharsets.UTF_8)).isEqualTo("Hello");
        assertThat(items.flags()).isNull();
    }
}
