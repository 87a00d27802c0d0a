package org.mailsim.imap.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mailsim.store.RawMessage;

/** ENVELOPE, RFC 3501 §7.4.2. Expected strings are written from the RFC and Dovecot's imap-envelope.c. */
class EnvelopeTest {

    @Test
    void reproducesTheRfc3501Example() {
        // RFC 3501 §7.4.2 FETCH response example; Sender and Reply-To are absent, so they repeat From.
        assertThat(Envelope.of(TestMessages.load("plain.eml"))).isEqualTo(
                "(\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \"IMAP4rev1 WG mtg summary and minutes\""
                + " ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\"))"
                + " ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\"))"
                + " ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\"))"
                + " ((NIL NIL \"imap\" \"cac.washington.edu\"))"
                + " ((NIL NIL \"minutes\" \"CNRI.Reston.VA.US\")(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\"))"
                + " NIL NIL \"<B27397-0100000@cac.washington.edu>\")");
    }

    @Test
    void keepsEncodedWordsEncoded() {
        String jorg = "((\"=?UTF-8?Q?J=C3=B6rg_M=C3=BCller?=\" NIL \"joerg\" \"example.de\"))";
        assertThat(Envelope.of(TestMessages.load("alternative.eml"))).isEqualTo(
                "(\"Mon, 1 Jul 2024 23:30:00 -0700\" \"=?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_M=C3=BCnchen?=\" "
                + jorg + " " + jorg + " " + jorg
                + " ((\"Alice\" NIL \"alice\" \"example.com\")) NIL NIL NIL \"<alt-1@example.de>\")");
    }

    @Test
    void writesGroupsRoutesSenderAndReplyTo() {
        assertThat(Envelope.of(TestMessages.load("groups.eml"))).isEqualTo(
                "(\"5 Mar 2024 12:00:00 GMT\" \"Groups\""
                + " ((\"Doe, Jane\" NIL \"jane\" \"example.com\"))"
                + " ((\"Secretary\" NIL \"secretary\" \"example.com\"))"
                + " ((NIL NIL \"replies\" \"example.com\"))"
                // RFC 3501 §7.4.2 group syntax: start marker with NIL host, members, end marker all NIL
                + " ((NIL NIL \"Team\" NIL)(NIL NIL \"ann\" \"example.com\")(\"Ben\" NIL \"ben\" \"example.com\")(NIL NIL NIL NIL)"
                + "(NIL NIL \"undisclosed-recipients\" NIL)(NIL NIL NIL NIL))"
                + " ((NIL \"@relay.example,@hub.example\" \"route\" \"example.com\"))"
                + " ((NIL NIL \"hidden\" \"example.com\"))"
                + " NIL \"<groups-1@example.com>\")");
    }

    @Test
    void missingFieldsAreNilAndAFoldedSubjectWithQuotesIsALiteral() {
        // No Date, no From (so no Sender or Reply-To to default to). The subject is unfolded and,
        // being changed and holding '"', sent as a literal as Dovecot does: 33 octets.
        assertThat(Envelope.of(TestMessages.load("missing-headers.eml"))).isEqualTo(
                "(NIL {33}\r\nA \"quoted\" word and a folded line NIL NIL NIL NIL NIL NIL NIL NIL)");
    }

    @Test
    void eightBitHeaderTextIsALiteralCountedInOctets() {
        var message = RawMessage.ofText("From: Jörg <j@example.de>\nSubject: Grüße\n\nx\n");
        // "Grüße" is 7 octets in UTF-8, "Jörg" 5.
        assertThat(Envelope.of(message)).isEqualTo(
                "(NIL {7}\r\nGrüße (({5}\r\nJörg NIL \"j\" \"example.de\")) (({5}\r\nJörg NIL \"j\" \"example.de\"))"
                + " (({5}\r\nJörg NIL \"j\" \"example.de\")) NIL NIL NIL NIL NIL)");
    }

    @Test
    void aCommentAfterAnAddressIsTheDisplayName() {
        var message = RawMessage.ofText("From: terry@example.edu (Terry Gray)\nTo: ann@example.com, xbob@example.com (Xavier), bob@example.com\n\n");
        assertThat(Envelope.of(message)).isEqualTo(
                "(NIL NIL ((\"Terry Gray\" NIL \"terry\" \"example.edu\")) ((\"Terry Gray\" NIL \"terry\" \"example.edu\"))"
                + " ((\"Terry Gray\" NIL \"terry\" \"example.edu\"))"
                + " ((NIL NIL \"ann\" \"example.com\")(\"Xavier\" NIL \"xbob\" \"example.com\")(NIL NIL \"bob\" \"example.com\")) NIL NIL NIL NIL)");
    }

    @Test
    void aRepeatedFieldCountsByItsLastOccurrenceAsInDovecot() {
        var message = RawMessage.ofText("Subject: first\nSubject: second\nMessage-ID: <1@x>\nMessage-ID: <2@x>\n\n");
        assertThat(Envelope.of(message)).isEqualTo("(NIL \"second\" NIL NIL NIL NIL NIL NIL NIL \"<2@x>\")");
    }

    @Test
    void anAddressWithoutDomainGetsDovecotsPlaceholderSoItIsNotMistakenForAGroup() {
        var message = RawMessage.ofText("To: postmaster\n\n");
        assertThat(Envelope.of(message)).isEqualTo(
                "(NIL NIL NIL NIL NIL ((NIL NIL \"postmaster\" \"MISSING_DOMAIN\")) NIL NIL NIL NIL)");
    }
}
