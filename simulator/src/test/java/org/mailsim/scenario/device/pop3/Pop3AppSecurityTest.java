package org.mailsim.scenario.device.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.mailsim.net.OnPathObserver;
import org.mailsim.net.Protocol;
import org.mailsim.net.Security;
import org.mailsim.scenario.Action;
import org.mailsim.scenario.TlsPolicy;
import org.mailsim.scenario.device.smtp.MailWorld;
import org.mailsim.scenario.device.smtp.SaslPlain;
import org.mailsim.wire.Direction;

/** How the phone reaches the POP3 server: STLS, implicit TLS, the certificate, wrong settings, an attacker on the Wi-Fi. */
class Pop3AppSecurityTest {

    private final ByteArrayOutputStream heard = new ByteArrayOutputStream();

    private static MailWorld.Device phone(int port, Security security) {
        return MailWorld.device("phone", Protocol.POP3, port, security).trusting();
    }

    private static Pop3App app(MailWorld world, MailWorld.Device device) {
        return new Pop3App(world.context(device));
    }

    /** Someone on the path who writes down what the phone sends and, if asked, deletes STLS from the server's CAPA. */
    private OnPathObserver onPath(boolean stripStls) {
        return (id, direction, bytes) -> {
            if (direction == Direction.CLIENT_TO_SERVER) {
                heard.writeBytes(bytes);
                return bytes;
            }
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            return stripStls ? text.replace("STLS\r\n", "").getBytes(StandardCharsets.ISO_8859_1) : bytes;
        };
    }

    private String heard() {
        return heard.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void stlsUpgradesBeforeTheLoginSoTheEavesdropperSeesNoPassword() {
        MailWorld world = new MailWorld();
        world.server.network().placeOnPath("phone", onPath(false));

        assertThat(app(world, phone(110, Security.STARTTLS)).perform(new Action.CheckMail())).first().isEqualTo("2 new messages downloaded");
        assertThat(heard()).startsWith("CAPA\r\nSTLS\r\n").doesNotContain("alice").doesNotContain(SaslPlain.initialResponse("alice", "wonderland"));
    }

    @Test
    void aPhoneThatRequiresTlsStopsWhenStlsIsStripped() {
        MailWorld world = new MailWorld(true);
        world.server.network().placeOnPath("phone", onPath(true));

        assertThat(app(world, phone(110, Security.STARTTLS)).perform(new Action.CheckMail())).singleElement().asString()
                .startsWith("The server does not offer STLS and this device requires an encrypted connection");
        assertThat(heard()).isEqualTo("CAPA\r\n");
        assertThat(world.inboxOnServer("alice")).hasSize(2);
    }

    @Test
    void aPhoneThatUsesTlsIfAvailableLogsInInCleartextWhenStlsIsStripped() {
        MailWorld world = new MailWorld(true);
        world.server.network().placeOnPath("phone", onPath(true));

        Pop3App careless = app(world, phone(110, Security.STARTTLS).tlsPolicy(TlsPolicy.IF_AVAILABLE));
        assertThat(careless.perform(new Action.CheckMail())).first().isEqualTo("2 new messages downloaded");
        assertThat(heard()).contains("AUTH PLAIN " + SaslPlain.initialResponse("alice", "wonderland")).contains("RETR 1");
    }

    @Test
    void cleartextLoginIsRefusedBeforeStls() {
        MailWorld world = new MailWorld();
        assertThat(app(world, phone(110, Security.NONE)).perform(new Action.CheckMail())).singleElement().asString()
                .startsWith("The server refuses passwords on an unencrypted connection — choose STARTTLS or SSL/TLS (-ERR [AUTH]");
    }

    @Test
    void aWrongPasswordIsALoginFailure() {
        MailWorld world = new MailWorld();
        assertThat(app(world, phone(995, Security.IMPLICIT_TLS).password("alice123")).perform(new Action.CheckMail()))
                .singleElement().asString().startsWith("Login failed: the server rejected the user name or password (-ERR [AUTH]");
    }

    @Test
    void anUntrustedCertificateStopsTheCheckUntilTheUserTrustsIt() {
        MailWorld world = new MailWorld();
        Pop3App phone = app(world, MailWorld.device("phone", Protocol.POP3, 995, Security.IMPLICIT_TLS));

        assertThat(phone.perform(new Action.CheckMail())).singleElement().asString().startsWith("TLS handshake failed: certificate not trusted");
        phone.perform(new Action.TrustCertificate());
        assertThat(phone.perform(new Action.CheckMail())).first().isEqualTo("2 new messages downloaded");
    }

    @Test
    void noTlsOnPort995MeetsSilence() {
        MailWorld world = new MailWorld();
        assertThat(app(world, phone(995, Security.NONE)).perform(new Action.CheckMail())).singleElement().asString()
                .isEqualTo("No answer from the mail server on port 995: the port may expect TLS from the first byte — choose SSL/TLS");
    }

    @Test
    void implicitTlsOnPort110FailsTheHandshake() {
        MailWorld world = new MailWorld();
        assertThat(app(world, phone(110, Security.IMPLICIT_TLS)).perform(new Action.CheckMail())).singleElement().asString()
                .startsWith("TLS handshake failed: TLS ClientHello sent to a cleartext port");
    }

    @Test
    void aPortWhereNothingListensRefusesTheConnection() {
        MailWorld world = new MailWorld();
        assertThat(app(world, phone(1110, Security.STARTTLS)).perform(new Action.CheckMail())).singleElement().asString()
                .isEqualTo("Cannot connect to the mail server on port 1110: connection refused (nothing listens on that port)");
    }
}
