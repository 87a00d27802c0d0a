package org.mailsim.scenario.device.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.scenario.device.imap.ImapAppFixture.checkMail;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mailsim.net.OnPathObserver;
import org.mailsim.net.Security;
import org.mailsim.scenario.Action;
import org.mailsim.scenario.DeviceSettings;
import org.mailsim.scenario.TlsPolicy;
import org.mailsim.wire.Direction;

/** Connecting as the settings say, and every way it goes wrong, told to the user in words. */
class ImapAppConnectionTest {
    private final ImapAppFixture fixture = new ImapAppFixture();

    private static DeviceSettings policy(DeviceSettings s, TlsPolicy policy) {
        return new DeviceSettings(s.leaveOnServer(), s.deleteAfterDays(), s.checkEveryMinutes(), s.trustCertificate(), policy,
                s.serverName(), s.password(), s.deleteMethod());
    }

    private static DeviceSettings untrusted(DeviceSettings s) {
        return new DeviceSettings(s.leaveOnServer(), s.deleteAfterDays(), s.checkEveryMinutes(), false, s.tlsPolicy(),
                s.serverName(), s.password(), s.deleteMethod());
    }

    /** Someone on the path who deletes " STARTTLS" from everything the server says. */
    private static final OnPathObserver STRIPPER = (id, direction, bytes) -> direction == Direction.CLIENT_TO_SERVER ? bytes
            : new String(bytes, StandardCharsets.ISO_8859_1).replace(" STARTTLS", "").getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void starttlsUpgradesAndAsksForCapabilitiesAgain() {
        ImapApp phone = fixture.app("phone", 143, Security.STARTTLS, s -> s);

        assertThat(phone.perform(checkMail())).isEmpty();

        assertThat(fixture.sentBy("phone")).startsWith("A1 STARTTLS", "A2 CAPABILITY", "A3 AUTHENTICATE PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=");
        assertThat(phone.view().connection()).isEqualTo("connected (IMAP with STARTTLS, port 143)");
        assertThat(fixture.cleartextOf("phone")).contains("STARTTLS").doesNotContain("AGFsaWNlAHdvbmRlcmxhbmQ=");
    }

    @Test
    void requiringTlsStopsBeforeThePasswordWhenStarttlsIsStripped() {
        fixture.server.network().placeOnPath("phone", STRIPPER);
        ImapApp phone = fixture.app("phone", 143, Security.STARTTLS, s -> policy(s, TlsPolicy.REQUIRE));

        assertThat(phone.perform(checkMail())).containsExactly("The server does not offer encryption (STARTTLS); your settings "
                + "require it, so the app stopped before sending your password");

        assertThat(phone.view().connection()).isEqualTo("not connected");
        assertThat(fixture.sentBy("phone")).isEmpty();
        assertThat(fixture.cleartextOf("phone")).doesNotContain("wonderland").doesNotContain("AGFsaWNlAHdvbmRlcmxhbmQ=");
    }

    @Test
    void usingTlsIfAvailableLogsInInCleartextWhenStarttlsIsStripped() {
        ImapAppFixture lax = new ImapAppFixture(true);
        lax.server.network().placeOnPath("phone", STRIPPER);
        ImapApp phone = lax.app("phone", 143, Security.STARTTLS, s -> policy(s, TlsPolicy.IF_AVAILABLE));

        assertThat(phone.perform(checkMail())).isEmpty(); // no warning: the user never learns, as with real apps

        assertThat(phone.view().connection()).isEqualTo("connected (IMAP without encryption, port 143)");
        assertThat(phone.view().messages()).hasSize(3);
        assertThat(lax.cleartextOf("phone")).contains("AUTHENTICATE PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=");
    }

    @Test
    void aServerRefusingCleartextPasswordsGetsNone() {
        fixture.server.network().placeOnPath("phone", STRIPPER);
        ImapApp phone = fixture.app("phone", 143, Security.STARTTLS, s -> policy(s, TlsPolicy.IF_AVAILABLE));

        assertThat(phone.perform(checkMail())).endsWith("The server refuses passwords on an unencrypted connection "
                + "(LOGINDISABLED); turn on STARTTLS or SSL/TLS in the account settings");

        assertThat(fixture.commandsOf("phone")).noneMatch(c -> c.startsWith("LOGIN") || c.startsWith("AUTHENTICATE"));
        assertThat(phone.view().connection()).isEqualTo("not connected");
    }

    @Test
    void aPlaintextAppOnTheImplicitTlsPortHearsNothing() {
        ImapApp phone = fixture.app("phone", 993, Security.NONE, s -> s);

        assertThat(phone.perform(checkMail())).containsExactly("No answer from the server within 30 s — is this port expecting TLS?");

        assertThat(phone.view().connection()).isEqualTo("not connected");
    }

    @Test
    void aTlsAppOnThePlaintextPortFailsTheHandshake() {
        ImapApp phone = fixture.app("phone", 143, Security.IMPLICIT_TLS, s -> s);

        assertThat(phone.perform(checkMail())).singleElement().asString()
                .startsWith("TLS handshake failed: TLS ClientHello sent to a cleartext port: the server answered in plain text");

        assertThat(phone.view().connection()).isEqualTo("not connected");
    }

    @Test
    void aPortWhereNothingListensIsRefused() {
        ImapApp phone = fixture.app("phone", 2525, Security.IMPLICIT_TLS, s -> s);

        assertThat(phone.perform(checkMail())).containsExactly(
                "Cannot connect: nothing answers on port 2525 of mail.mailsim.test (connection refused)");
    }

    @Test
    void anUntrustedCertificateStopsTheAppUntilTheUserTrustsIt() {
        ImapApp phone = fixture.app("phone", 993, Security.IMPLICIT_TLS, ImapAppConnectionTest::untrusted);

        assertThat(phone.perform(checkMail())).singleElement().asString()
                .startsWith("TLS handshake failed: certificate not trusted: the server's certificate was not signed by a CA");
        assertThat(phone.view().connection()).isEqualTo("not connected");
        assertThat(fixture.sentBy("phone")).isEmpty();

        phone.perform(new Action.TrustCertificate());
        assertThat(phone.perform(checkMail())).isEmpty();
        assertThat(phone.view().messages()).hasSize(3);
    }

    @Test
    void aServerNameTheCertificateDoesNotCarryIsRefused() {
        ImapApp phone = fixture.app("phone", 993, Security.IMPLICIT_TLS, s -> new DeviceSettings(s.leaveOnServer(),
                s.deleteAfterDays(), s.checkEveryMinutes(), true, s.tlsPolicy(), "imap.example.com", s.password(), s.deleteMethod()));

        assertThat(phone.perform(checkMail())).singleElement().asString()
                .startsWith("TLS handshake failed: name mismatch: the server's certificate is not made out to imap.example.com");
    }

    @Test
    void aWrongPasswordIsALoginFailure() {
        ImapApp phone = fixture.app("phone", 993, Security.IMPLICIT_TLS, s -> new DeviceSettings(s.leaveOnServer(),
                s.deleteAfterDays(), s.checkEveryMinutes(), true, s.tlsPolicy(), s.serverName(), Optional.of("looking-glass"),
                s.deleteMethod()));

        assertThat(phone.perform(checkMail())).containsExactly("Login failed: the server says the user name or password is wrong");

        assertThat(fixture.receivedBy("phone")).anyMatch(line -> line.startsWith("A1 NO [AUTHENTICATIONFAILED]"));
        assertThat(phone.view().connection()).isEqualTo("not connected");
    }

    @Test
    void anUntrustedCertificateAfterStarttlsStopsTheAppBeforeItsPassword() {
        ImapApp phone = fixture.app("phone", 143, Security.STARTTLS, ImapAppConnectionTest::untrusted);

        assertThat(phone.perform(checkMail())).singleElement().asString()
                .startsWith("TLS handshake failed: certificate not trusted: the server's certificate was not signed by a CA");

        assertThat(fixture.sentBy("phone")).containsExactly("A1 STARTTLS");
        assertThat(phone.view().connection()).isEqualTo("not connected");
    }
}
