package org.mailsim.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Protocol;
import org.mailsim.wire.Direction;

/** What the explain panel decodes for a learner: SASL PLAIN, literal sizes, modified UTF-7 names. */
class LineDecodingsTest {
    private final Explainer explainer = Explainer.standard();

    private Explanation client(Protocol protocol, String line) {
        return explainer.explain(protocol, Direction.CLIENT_TO_SERVER, line);
    }

    /** The one part of the explanation for this piece of the line. */
    private static Part part(Explanation e, String text) {
        assertThat(e.parts()).filteredOn(p -> p.text().equals(text)).hasSize(1);
        return e.parts().stream().filter(p -> p.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void aSaslPlainLoginIsDecodedWithThePasswordHidden() {
        Explanation imap = client(Protocol.IMAP, "A1 AUTHENTICATE PLAIN AGFsaWNlAFN1bnNoaW5lMjAyNg==");
        assertThat(part(imap, "AGFsaWNlAFN1bnNoaW5lMjAyNg==").meaning())
                .contains("decoded from base64: \\0alice\\0•••• — SASL PLAIN", "the login alice", "(12 characters, hidden here)")
                .doesNotContain("Sunshine2026");
        assertThat(imap.references()).extracting(RfcRef::toString).contains("RFC 4616 §2 PLAIN SASL Mechanism");
        assertThat(part(client(Protocol.SMTP, "AUTH PLAIN AGFsaWNlAGFsaWNl"), "AGFsaWNlAGFsaWNl").meaning()).contains("\\0alice\\0••••");
        assertThat(part(client(Protocol.POP3, "AUTH PLAIN AGJvYgBib2I="), "AGJvYgBib2I=").meaning()).contains("\\0bob\\0••••");
        assertThat(part(client(Protocol.IMAP, "AGFsaWNlAGFsaWNl"), "AGFsaWNlAGFsaWNl").meaning()).contains("\\0alice\\0••••");
        assertThat(part(client(Protocol.IMAP, "a1 AUTHENTICATE PLAIN YWRtaW4AYWxpY2UAYWxpY2U="), "YWRtaW4AYWxpY2UAYWxpY2U=").meaning())
                .contains("admin\\0alice\\0••••", "authorization identity admin");
    }

    @Test
    void base64ThatIsNotAPlainLoginIsLeftAlone() {
        assertThat(LineDecodings.saslPlain("AUTH LOGIN")).isEmpty();
        assertThat(LineDecodings.saslPlain("YWxpY2U=")).as("AUTH LOGIN's user name: no NULs").isEmpty();
        assertThat(LineDecodings.saslPlain("a1 SELECT INBOX")).isEmpty();
        assertThat(LineDecodings.saslPlain("a1 LOGIN alice AGFsaWNlAGFsaWNl")).isEmpty();
    }

    @Test
    void aLiteralsSizeIsSaidInBytes() {
        Explanation append = client(Protocol.IMAP, "a4 APPEND Drafts (\\Draft) {42}");
        assertThat(part(append, "{42}").meaning()).contains("the next 42 bytes are a literal").contains("waits for the server's \"+\"");
        assertThat(append.references()).extracting(RfcRef::toString).contains("RFC 3501 §4.3 String (literal)");
        Explanation nonSync = client(Protocol.IMAP, "a5 LOGIN {5+}");
        assertThat(part(nonSync, "{5+}").meaning()).contains("next 5 bytes", "without waiting", "LITERAL+");
        assertThat(nonSync.references()).extracting(RfcRef::rfc).contains("RFC 7888");
        Explanation fetch = explainer.explain(Protocol.IMAP, Direction.SERVER_TO_CLIENT, "* 1 FETCH (BODY[] {1}");
        assertThat(part(fetch, "{1}").meaning()).contains("the next byte is a literal");
    }

    @Test
    void modifiedUtf7MailboxNamesReadInUnicode() {
        assertThat(ModifiedUtf7.decode("~peter/mail/&U,BTFw-/&ZeVnLIqe-")).contains("~peter/mail/台北/日本語"); // RFC 3501 §5.1.3's example
        assertThat(ModifiedUtf7.decode("Entw&APw-rfe")).contains("Entwürfe");
        assertThat(ModifiedUtf7.decode("Tom &- Jerry")).contains("Tom & Jerry");
        assertThat(ModifiedUtf7.decode("&Jjo!")).isEmpty();
        assertThat(ModifiedUtf7.decode("caf\u00e9")).as("8-bit is not allowed raw").isEmpty();

        Explanation list = explainer.explain(Protocol.IMAP, Direction.SERVER_TO_CLIENT, "* LIST (\\HasNoChildren) \"/\" \"Entw&APw-rfe\"");
        assertThat(part(list, "Entw&APw-rfe").meaning()).contains("it reads \"Entwürfe\"");
        assertThat(list.references()).extracting(RfcRef::section).contains("§5.1.3");
        Explanation select = client(Protocol.IMAP, "a2 SELECT &ZeVnLIqe-");
        assertThat(part(select, "&ZeVnLIqe-").meaning()).contains("日本語");
        assertThat(client(Protocol.IMAP, "a3 SELECT INBOX").parts()).noneMatch(p -> p.meaning().contains("modified UTF-7"));
    }
}
