package org.mailsim.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.mailsim.net.SessionDriver;
import org.mailsim.pop3.command.Pop3CommandTable;

class Pop3AuthorizationTest {

    private final Pop3Fixture world = new Pop3Fixture().mail(Pop3Fixture.FIRST);

    @Test
    void greetingCarriesTheApopTimestamp() {
        SessionDriver pop = world.connect();
        assertThat(pop.greeting()).containsExactly("+OK POP3 server ready <c1.1768469400000@mail.mailsim.test>");
        assertThat(pop.state()).isEqualTo("AUTHORIZATION");
    }

    @Test
    void userAndPassEnterTransaction() {
        SessionDriver pop = world.connect();
        assertThat(pop.send("USER alice")).containsExactly("+OK send PASS");
        assertThat(pop.send("PASS wonderland")).containsExactly("+OK maildrop locked and ready, 1 message (79 octets)");
        assertThat(pop.state()).isEqualTo("TRANSACTION");
    }

    @Test
    void commandKeywordsAreCaseInsensitive() {
        SessionDriver pop = world.connect();
        pop.send("user alice");
        assertThat(pop.send("pass wonderland")).singleElement().asString().startsWith("+OK");
    }

    @Test
    void wrongPasswordAnswersAuthCodeAndStaysInAuthorization() {
        SessionDriver pop = world.connect();
        pop.send("USER alice");
        assertThat(pop.send("PASS queen")).containsExactly("-ERR [AUTH] invalid user name or password");
        assertThat(pop.state()).isEqualTo("AUTHORIZATION");
        assertThat(pop.send("PASS wonderland")).containsExactly("-ERR PASS must follow a successful USER");
    }

    @Test
    void unknownUserFailsLikeAWrongPassword() {
        SessionDriver pop = world.connect();
        assertThat(pop.send("USER mallory")).containsExactly("+OK send PASS");
        assertThat(pop.send("PASS x")).containsExactly("-ERR [AUTH] invalid user name or password");
    }

    @Test
    void apopWithTheRightDigestLogsIn() {
        SessionDriver pop = world.connect();
        String banner = pop.greeting().get(0).substring(pop.greeting().get(0).indexOf('<'));
        String digest = md5(banner + "wonderland");
        assertThat(pop.send("APOP alice " + digest)).singleElement().asString().startsWith("+OK maildrop locked");
        assertThat(pop.state()).isEqualTo("TRANSACTION");
    }

    @Test
    void apopWithAWrongDigestFails() {
        SessionDriver pop = world.connect();
        assertThat(pop.send("APOP alice " + md5("<other@host>wonderland")))
                .containsExactly("-ERR [AUTH] invalid user name or password");
        assertThat(pop.state()).isEqualTo("AUTHORIZATION");
    }

    @Test
    void authPlainWithInitialResponse() {
        SessionDriver pop = world.connect();
        assertThat(pop.send("AUTH PLAIN " + plain("", "alice", "wonderland")))
                .singleElement().asString().startsWith("+OK maildrop locked");
    }

    @Test
    void authPlainWithContinuation() {
        SessionDriver pop = world.connect();
        assertThat(pop.send("AUTH PLAIN")).containsExactly("+ ");
        assertThat(pop.send(plain("alice", "alice", "wonderland"))).singleElement().asString().startsWith("+OK maildrop locked");
    }

    @Test
    void authPlainCancelledWithStar() {
        SessionDriver pop = world.connect();
        pop.send("AUTH PLAIN");
        assertThat(pop.send("*")).containsExactly("-ERR authentication cancelled");
        assertThat(pop.state()).isEqualTo("AUTHORIZATION");
    }

    @Test
    void authPlainWithWrongPasswordOrForeignAuthorizationIdFails() {
        SessionDriver pop = world.connect();
        assertThat(pop.send("AUTH PLAIN " + plain("", "alice", "queen"))).containsExactly("-ERR [AUTH] invalid user name or password");
        assertThat(pop.send("AUTH PLAIN " + plain("bob", "alice", "wonderland"))).containsExactly("-ERR [AUTH] invalid user name or password");
        assertThat(pop.send("AUTH PLAIN !!!")).containsExactly("-ERR [AUTH] malformed SASL PLAIN response");
        assertThat(pop.send("AUTH CRAM-MD5")).containsExactly("-ERR unsupported authentication mechanism, PLAIN is offered");
    }

    @Test
    void bareAuthListsMechanisms() {
        assertThat(world.connect().send("AUTH")).containsExactly("+OK SASL mechanisms follow", "PLAIN", ".");
    }

    @Test
    void cleartextLoginIsRefusedBeforeStlsUntilTlsIsOn() {
        SessionDriver pop = world.connectStrict();
        String refusal = "-ERR [AUTH] cleartext login is disabled on this connection: issue STLS first";
        assertThat(pop.send("USER alice")).containsExactly(refusal);
        assertThat(pop.send("PASS wonderland")).containsExactly(refusal);
        assertThat(pop.send("APOP alice 0123")).containsExactly(refusal);
        assertThat(pop.send("AUTH PLAIN " + plain("", "alice", "wonderland"))).containsExactly(refusal);
        assertThat(pop.send("STLS")).containsExactly("+OK begin TLS negotiation");
        assertThat(pop.tlsStarted()).isTrue();
        assertThat(pop.send("USER alice")).containsExactly("+OK send PASS");
        assertThat(pop.send("PASS wonderland")).singleElement().asString().startsWith("+OK maildrop locked");
    }

    @Test
    void capaShowsStlsBeforeTlsAndLoginAfter() {
        SessionDriver pop = world.connectStrict();
        assertThat(pop.send("CAPA")).containsExactly("+OK capability list follows", "TOP", "STLS", "RESP-CODES",
                "AUTH-RESP-CODE", "PIPELINING", "UIDL", "IMPLEMENTATION mailsim", ".");
        pop.send("STLS");
        assertThat(pop.send("CAPA")).containsExactly("+OK capability list follows", "TOP", "USER", "SASL PLAIN",
                "RESP-CODES", "AUTH-RESP-CODE", "PIPELINING", "UIDL", "IMPLEMENTATION mailsim", ".");
    }

    @Test
    void stlsIsRefusedTwiceOnImplicitTlsAndAfterLogin() {
        SessionDriver pop = world.connectStrict();
        pop.send("STLS");
        assertThat(pop.send("STLS")).containsExactly("-ERR TLS is already active");
        assertThat(world.connectImplicitTls().send("STLS")).containsExactly("-ERR TLS is already active");
        assertThat(world.alice().send("STLS")).containsExactly("-ERR STLS is not allowed in the TRANSACTION state");
    }

    @Test
    void implicitTlsAllowsLoginAtOnce() {
        SessionDriver pop = world.connectImplicitTls();
        pop.send("USER alice");
        assertThat(pop.send("PASS wonderland")).singleElement().asString().startsWith("+OK maildrop locked");
    }

    @Test
    void secondSessionOnTheSameMaildropGetsInUse() {
        SessionDriver first = world.alice();
        SessionDriver second = world.connect();
        second.send("USER alice");
        assertThat(second.send("PASS wonderland")).containsExactly("-ERR [IN-USE] maildrop is locked by another POP3 session");
        assertThat(second.state()).isEqualTo("AUTHORIZATION");
        first.send("QUIT");
        second.send("USER alice");
        assertThat(second.send("PASS wonderland")).singleElement().asString().startsWith("+OK maildrop locked");
    }

    @Test
    void droppedConnectionReleasesTheLock() {
        world.alice().drop();
        assertThat(world.alice().state()).isEqualTo("TRANSACTION");
    }

    @Test
    void locksAreNotSharedBetweenServers() {
        world.alice();
        SessionDriver other = SessionDriver.open(Pop3.sessions(world.store, Pop3Settings.defaults()),
                SessionDriver.context(110, org.mailsim.net.Security.STARTTLS, true));
        other.send("USER alice");
        assertThat(other.send("PASS wonderland")).singleElement().asString().startsWith("+OK maildrop locked");
    }

    @Test
    void quitInAuthorizationClosesWithoutChanges() {
        SessionDriver pop = world.connect();
        assertThat(pop.send("QUIT")).containsExactly("+OK POP3 server signing off");
        assertThat(pop.closed()).isTrue();
    }

    @Test
    void commandTableReadsInRfcOrder() {
        var verbs = new java.util.ArrayList<String>();
        Pop3CommandTable.entries().forEach(e -> verbs.add(e.verb()));
        assertThat(verbs).containsExactly("USER", "PASS", "APOP", "QUIT", "STAT", "LIST", "RETR", "DELE", "NOOP",
                "RSET", "TOP", "UIDL", "CAPA", "STLS", "AUTH");
    }

    @Test
    void settingsRefuseAnAutologoutUnderTenMinutes() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new Pop3Settings(
                java.time.Duration.ofMinutes(9), java.time.Duration.ZERO, 10, "mailsim"));
    }

    @Test
    void failedLoginIsAnsweredOnlyAfterTheConfiguredDelay() {
        var slow = Pop3.sessions(world.store, Pop3Settings.defaults().withAuthFailureDelay(java.time.Duration.ofMillis(150)));
        SessionDriver pop = SessionDriver.open(slow, SessionDriver.context(110, org.mailsim.net.Security.STARTTLS, true));
        pop.send("USER alice");
        long start = System.nanoTime();
        assertThat(pop.send("PASS queen")).containsExactly("-ERR [AUTH] invalid user name or password");
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(150_000_000L);
    }

    @Test
    void listenerWithoutTlsAtAllAcceptsLogin() {
        SessionDriver pop = SessionDriver.open(world.pop3, SessionDriver.context(110, org.mailsim.net.Security.NONE, false));
        assertThat(pop.send("CAPA")).contains("USER", "SASL PLAIN").doesNotContain("STLS");
        assertThat(pop.send("STLS")).containsExactly("-ERR STLS is not offered on this port");
        pop.send("USER alice");
        assertThat(pop.send("PASS wonderland")).singleElement().asString().startsWith("+OK maildrop locked");
    }

    static String plain(String authzid, String user, String password) {
        return Base64.getEncoder().encodeToString((authzid + "\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String md5(String text) {
        try {
            var md5 = java.security.MessageDigest.getInstance("MD5");
            return java.util.HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
