package org.mailsim.scenario.device.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mailsim.net.OnPathObserver;
import org.mailsim.net.Protocol;
import org.mailsim.net.Security;
import org.mailsim.scenario.TlsPolicy;
import org.mailsim.scenario.device.AppContext;
import org.mailsim.scenario.device.Sender;
import org.mailsim.wire.Direction;

/** Alice's laptop sends to bob the way its outgoing-server settings say; the server's replies become the notices. */
class SmtpSenderTest {

    private final MailWorld world = new MailWorld();

    private Sender.Result send(MailWorld.Device laptop, String to, String body) {
        AppContext context = world.context(laptop);
        return new SmtpSender(() -> context.device().settings().trustCertificate()).send(context, to, "Hello", body);
    }

    private static MailWorld.Device laptop() {
        return MailWorld.device("laptop", Protocol.POP3, 995, Security.IMPLICIT_TLS).trusting();
    }

    @Test
    void submissionOn587WithStartTlsAndLoginDeliversToTheRecipientsInbox() {
        Sender.Result result = send(laptop(), "bob@mailsim.test", "See you at noon.");

        assertThat(result.notices()).containsExactly("Sent");
        assertThat(world.inboxOnServer("bob")).containsExactly("Hello");
        String sent = new String(result.sent().orElseThrow(), StandardCharsets.UTF_8);
        assertThat(sent).startsWith("Date: Thu, 15 Jan 2026 09:30:00 +0000\r\nFrom: alice@mailsim.test\r\nTo: bob@mailsim.test\r\n")
                .contains("\r\nMessage-ID: <1.laptop@mail.mailsim.test>\r\nMIME-Version: 1.0\r\n")
                .endsWith("Content-Type: text/plain; charset=utf-8\r\n\r\nSee you at noon.\r\n");
        assertThat(world.newestOnServer("bob")).endsWith(sent).contains("with ESMTPSA");
    }

    @Test
    void messageIdsCountPerDevice() {
        AppContext context = world.context(laptop());
        SmtpSender sender = new SmtpSender(() -> true);
        sender.send(context, "bob@mailsim.test", "one", "1");
        Sender.Result second = sender.send(context, "bob@mailsim.test", "two", "2");
        assertThat(new String(second.sent().orElseThrow(), StandardCharsets.UTF_8)).contains("Message-ID: <2.laptop@mail.mailsim.test>");
    }

    @Test
    void anAccentedSubjectIsAnEncodedWordAndTheBodyTravelsAs8BitMime() {
        AppContext context = world.context(laptop());
        Sender.Result result = new SmtpSender(() -> true).send(context, "bob@mailsim.test", "Café", "Un café ?");

        assertThat(new String(result.sent().orElseThrow(), StandardCharsets.UTF_8))
                .contains("\r\nSubject: =?UTF-8?Q?Caf=C3=A9?=\r\n", "\r\nContent-Transfer-Encoding: 8bit\r\n\r\nUn café ?\r\n");
        assertThat(world.inboxOnServer("bob")).containsExactly("Café");
    }

    @Test
    void implicitTlsOn465Delivers() {
        assertThat(send(laptop().outgoing(465, Security.IMPLICIT_TLS, true), "bob@mailsim.test", "hi").notices())
                .containsExactly("Sent");
        assertThat(world.inboxOnServer("bob")).containsExactly("Hello");
    }

    @Test
    void aBodyLineStartingWithADotIsStuffedOnTheWireAndArrivesIntact() {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        world.server.network().placeOnPath("laptop", (id, direction, bytes) -> {
            if (direction == Direction.CLIENT_TO_SERVER) wire.writeBytes(bytes);
            return bytes;
        });
        send(laptop().outgoing(25, Security.NONE, false), "bob@mailsim.test", "Line one\n.hidden\n.\nlast");

        assertThat(wire.toString(StandardCharsets.UTF_8)).contains("\r\nLine one\r\n..hidden\r\n..\r\nlast\r\n.\r\nQUIT\r\n");
        assertThat(world.newestOnServer("bob")).endsWith("\r\n\r\nLine one\r\n.hidden\r\n.\r\nlast\r\n");
    }

    @Test
    void aLaptopThatRequiresTlsStopsWhenStartTlsIsStripped() {
        world.server.network().placeOnPath("laptop", stripStartTls());

        assertThat(send(laptop(), "bob@mailsim.test", "hi").notices()).singleElement().asString()
                .startsWith("Not sent: the server does not offer STARTTLS and this device requires it");
        assertThat(world.inboxOnServer("bob")).isEmpty();
    }

    @Test
    void aLaptopThatUsesTlsIfAvailableGoesOnInCleartextButSendsNoPasswordWhenNoLoginIsOffered() {
        world.server.network().placeOnPath("laptop", stripStartTls());

        assertThat(send(laptop().tlsPolicy(TlsPolicy.IF_AVAILABLE), "bob@mailsim.test", "hi").notices())
                .containsExactly(SmtpSender.NO_LOGIN_OFFERED);
        // RFC 4954 §3: the cleartext EHLO reply lists no AUTH (the server offers logins only after STARTTLS)
        List<String> sent = world.server.wiretap().connections().getLast().transcript().lines(Direction.CLIENT_TO_SERVER);
        assertThat(sent).containsExactly("EHLO laptop.mailsim.test", "QUIT");
        assertThat(world.inboxOnServer("bob")).isEmpty();
    }

    /** Someone on the path deletes STARTTLS from the server's EHLO reply (RFC 3207 §6). */
    private static OnPathObserver stripStartTls() {
        return (id, direction, bytes) -> direction == Direction.CLIENT_TO_SERVER ? bytes
                : new String(bytes, StandardCharsets.ISO_8859_1).replace("250-STARTTLS\r\n", "").getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void port25WithoutLoginDeliversToALocalUser() {
        assertThat(send(laptop().outgoing(25, Security.NONE, false), "bob@mailsim.test", "hi").notices()).containsExactly("Sent");
        assertThat(world.inboxOnServer("bob")).containsExactly("Hello");
    }

    @Test
    void port25WithoutLoginRefusesToRelayToAnotherDomain() {
        Sender.Result result = send(laptop().outgoing(25, Security.NONE, false), "dave@example.org", "hi");

        assertThat(result.sent()).isEmpty();
        assertThat(result.notices()).singleElement().asString()
                .contains("The server refuses to relay to other domains without a login — use port 587 with authentication")
                .contains("554 5.7.1");
    }

    @Test
    void submissionWithoutLoginIsRefusedWith530() {
        Sender.Result result = send(laptop().outgoing(587, Security.STARTTLS, false), "bob@mailsim.test", "hi");

        assertThat(result.notices()).singleElement().asString().startsWith("Not sent. The server requires a login").contains("(530 5.7.0");
        assertThat(world.inboxOnServer("bob")).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedWith535() {
        Sender.Result result = send(laptop().password("alice123"), "bob@mailsim.test", "hi");

        assertThat(result.notices()).singleElement().asString().startsWith("Not sent. Login failed").contains("(535 5.7.8");
    }

    @Test
    void anUnknownLocalRecipientIsRefusedWith550() {
        assertThat(send(laptop(), "nobody@mailsim.test", "hi").notices()).singleElement().asString().contains("550 5.1.1");
    }

    @Test
    void afterARefusalTheSenderStillSaysQuitAndTheServerSaysBye() {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        world.server.network().placeOnPath("laptop", (id, direction, bytes) -> {
            wire.writeBytes(bytes);
            return bytes;
        });
        send(laptop().outgoing(25, Security.NONE, false), "nobody@mailsim.test", "hi");

        assertThat(wire.toString(StandardCharsets.UTF_8))          // RFC 5321 §4.1.1.10: QUIT, then 221
                .contains("RCPT TO:<nobody@mailsim.test>\r\n550 5.1.1")
                .endsWith("\r\nQUIT\r\n221 2.0.0 Bye\r\n");
    }

    @Test
    void anUntrustedCertificateStopsTheSend() {
        MailWorld.Device untrusting = MailWorld.device("laptop", Protocol.POP3, 995, Security.IMPLICIT_TLS);
        assertThat(send(untrusting, "bob@mailsim.test", "hi").notices()).singleElement().asString()
                .startsWith("TLS handshake failed: certificate not trusted");
        assertThat(world.inboxOnServer("bob")).isEmpty();
    }

    @Test
    void implicitTlsOnThePlainSubmissionPortFailsWithAHintAboutTheSecuritySetting() {
        assertThat(send(laptop().outgoing(587, Security.IMPLICIT_TLS, true), "bob@mailsim.test", "hi").notices())
                .singleElement().asString().startsWith("TLS handshake failed: TLS ClientHello sent to a cleartext port");
    }

    @Test
    void noTlsOnTheImplicitTlsPortMeetsSilence() {
        assertThat(send(laptop().outgoing(465, Security.STARTTLS, true), "bob@mailsim.test", "hi").notices())
                .singleElement().asString().startsWith("No answer from the outgoing server on port 465");
    }

    @Test
    void aPortWhereNothingListensRefusesTheConnection() {
        assertThat(send(laptop().outgoing(2525, Security.STARTTLS, true), "bob@mailsim.test", "hi").notices())
                .singleElement().asString().contains("connection refused");
    }
}
