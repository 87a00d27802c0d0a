package org.mailsim.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Security;
import org.mailsim.net.SessionDriver;

/** Greeting, CAPABILITY, STARTTLS, LOGIN, AUTHENTICATE, LOGOUT and timers (RFC 3501 §6.1, §6.2, §5.4). */
class ImapLoginTest {
    private final ImapHarness server = new ImapHarness();

    private static final String BEFORE_TLS = "IMAP4rev1 SASL-IR LITERAL+ ID ENABLE IDLE STARTTLS LOGINDISABLED";
    private static final String UNDER_TLS = "IMAP4rev1 SASL-IR LITERAL+ ID ENABLE IDLE AUTH=PLAIN AUTH=LOGIN";
    private static final String LOGGED_IN = "IMAP4rev1 SASL-IR LITERAL+ ID ENABLE IDLE NAMESPACE UIDPLUS MOVE UNSELECT"
            + " CHILDREN SPECIAL-USE QUOTA QUOTA=RES-STORAGE";

    @Test
    void greetingCarriesCapabilitiesLikeDovecot() {
        assertThat(server.plain("laptop").greeting()).containsExactly("* OK [CAPABILITY " + BEFORE_TLS + "] mailsim ready");
    }

    @Test
    void cleartextPortAdvertisesStartTlsAndLoginDisabled() {
        var imap = server.plain("laptop");
        assertThat(imap.send("a1 CAPABILITY")).containsExactly("* CAPABILITY " + BEFORE_TLS, "a1 OK Pre-login capabilities listed, post-login capabilities have more.");
    }

    @Test
    void loginBeforeStartTlsIsRefusedWithPrivacyRequired() {
        var imap = server.plain("laptop");
        assertThat(imap.send("a1 LOGIN alice wonderland")).containsExactly(
                "a1 NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections");
        assertThat(imap.send("a2 AUTHENTICATE PLAIN")).containsExactly(
                "a2 NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections");
        assertThat(imap.state()).isEqualTo("NOT AUTHENTICATED");
    }

    @Test
    void startTlsChangesTheCapabilityList() {
        var imap = server.plain("laptop");
        assertThat(imap.send("a1 STARTTLS")).containsExactly("a1 OK Begin TLS negotiation now");
        assertThat(imap.tlsStarted()).isTrue();
        assertThat(imap.send("a2 CAPABILITY")).containsExactly("* CAPABILITY " + UNDER_TLS, "a2 OK Pre-login capabilities listed, post-login capabilities have more.");
        assertThat(imap.send("a3 STARTTLS")).containsExactly("a3 BAD TLS is already active");
        assertThat(imap.send("a4 LOGIN alice wonderland")).containsExactly("a4 OK [CAPABILITY " + LOGGED_IN + "] Logged in");
    }

    @Test
    void startTlsIsNotOfferedOnImplicitTlsOrAfterLogin() {
        var imap = server.tls("phone");
        assertThat(imap.send("a1 STARTTLS")).containsExactly("a1 BAD TLS is already active");
        imap.send("a2 LOGIN alice wonderland");
        assertThat(imap.send("a3 STARTTLS")).containsExactly("a3 BAD Command not valid in this state");
        var none = SessionDriver.open(server.factory(), ImapHarness.context("lab", 143, Security.NONE, false));
        assertThat(none.send("b1 STARTTLS")).containsExactly("b1 BAD STARTTLS is not offered on this port");
    }

    @Test
    void scenarioMayAllowCleartextLogin() {
        var imap = SessionDriver.open(server.factory(), ImapHarness.context("lab", 143, Security.STARTTLS, true));
        assertThat(imap.greeting().getFirst()).contains("STARTTLS AUTH=PLAIN AUTH=LOGIN").doesNotContain("LOGINDISABLED");
        assertThat(imap.send("a1 LOGIN alice wonderland")).last().asString().startsWith("a1 OK [CAPABILITY");
    }

    @Test
    void loginWithGoodPasswordEntersAuthenticatedState() {
        var imap = server.tls("phone");
        assertThat(imap.send("a1 LOGIN alice \"wonderland\"")).containsExactly("a1 OK [CAPABILITY " + LOGGED_IN + "] Logged in");
        assertThat(imap.state()).isEqualTo("AUTHENTICATED");
        assertThat(imap.send("a2 LOGIN alice wonderland")).containsExactly("a2 BAD Command not valid in this state");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        var imap = server.tls("phone");
        assertThat(imap.send("a1 LOGIN alice rabbit")).containsExactly("a1 NO [AUTHENTICATIONFAILED] Authentication failed.");
        assertThat(imap.send("a2 LOGIN mallory x")).containsExactly("a2 NO [AUTHENTICATIONFAILED] Authentication failed.");
        assertThat(imap.state()).isEqualTo("NOT AUTHENTICATED");
    }

    @Test
    void authenticatePlainWithContinuation() {
        var imap = server.tls("phone");
        assertThat(imap.send("a1 AUTHENTICATE PLAIN")).containsExactly("+ ");
        assertThat(imap.send(b64("\0alice\0wonderland"))).containsExactly("a1 OK [CAPABILITY " + LOGGED_IN + "] Logged in");
    }

    @Test
    void authenticatePlainWithInitialResponse() {
        var imap = server.tls("phone");
        assertThat(imap.send("a1 AUTHENTICATE PLAIN " + b64("\0alice\0nope")))
                .containsExactly("a1 NO [AUTHENTICATIONFAILED] Authentication failed.");
        assertThat(imap.send("a2 AUTHENTICATE PLAIN " + b64("alice\0alice\0wonderland"))).last().asString().startsWith("a2 OK");
    }

    @Test
    void authenticateLoginAsksForUserThenPassword() {
        var imap = server.tls("phone");
        assertThat(imap.send("a1 AUTHENTICATE LOGIN")).containsExactly("+ VXNlcm5hbWU6");
        assertThat(imap.send(b64("alice"))).containsExactly("+ UGFzc3dvcmQ6");
        assertThat(imap.send(b64("wonderland"))).last().asString().startsWith("a1 OK [CAPABILITY");
    }

    @Test
    void starCancelsAuthenticationAndBadBase64IsRefused() {
        var imap = server.tls("phone");
        imap.send("a1 AUTHENTICATE PLAIN");
        assertThat(imap.send("*")).containsExactly("a1 BAD Authentication aborted by client");
        imap.send("a2 AUTHENTICATE PLAIN");
        assertThat(imap.send("!!!")).containsExactly("a2 BAD Invalid base64 data");
        assertThat(imap.send("a3 AUTHENTICATE CRAM-MD5")).containsExactly("a3 NO Unsupported authentication mechanism");
        assertThat(imap.state()).isEqualTo("NOT AUTHENTICATED");
    }

    @Test
    void logoutSaysByeThenOkThenCloses() {
        var imap = server.loggedIn("phone");
        assertThat(imap.send("a9 LOGOUT")).containsExactly("* BYE Logging out", "a9 OK Logout completed");
        assertThat(imap.closed()).isTrue();
    }

    @Test
    void autologoutTimerIsAtLeastThirtyMinutes() {
        var imap = server.loggedIn("phone");
        assertThat(imap.session().idleTimeout()).isGreaterThanOrEqualTo(ImapSettings.MINIMUM_AUTOLOGOUT);
        assertThat(imap.timeout()).containsExactly("* BYE Disconnected for inactivity");
        assertThat(imap.closed()).isTrue();
    }

    @Test
    void shutdownSaysBye() {
        var imap = server.loggedIn("phone");
        assertThat(imap.shutdown()).containsExactly("* BYE Server shutting down");
        assertThat(imap.closed()).isTrue();
    }

    @Test
    void commandsBeforeLoginAreRefused() {
        var imap = server.tls("phone");
        assertThat(imap.send("a1 SELECT INBOX")).containsExactly("a1 BAD Log in first");
        assertThat(imap.send("a2 NOOP")).containsExactly("a2 OK NOOP completed");
        assertThat(imap.send("a3 ID NIL")).containsExactly("* ID (\"name\" \"mailsim\")", "a3 OK ID completed");
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
