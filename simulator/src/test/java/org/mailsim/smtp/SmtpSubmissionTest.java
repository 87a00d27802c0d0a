package org.mailsim.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.smtp.SmtpFixture.b64;
import static org.mailsim.smtp.SmtpFixture.plain;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Security;
import org.mailsim.net.SessionDriver;

/** Ports 587 and 465: submission needs TLS and a login, then mail may go anywhere. */
class SmtpSubmissionTest {

    private final SmtpFixture world = new SmtpFixture();

    @Test
    void beforeStartTlsThereIsNoAuthAndNoMail() {
        SessionDriver smtp = world.submission();
        assertThat(smtp.send("EHLO laptop.example")).containsExactly("250-mail.mailsim.test", "250-PIPELINING",
                "250-SIZE 26214400", "250-STARTTLS", "250-ENHANCEDSTATUSCODES", "250 8BITMIME");
        assertThat(smtp.send("MAIL FROM:<alice@mailsim.test>")).containsExactly("530 5.7.0 Must issue a STARTTLS command first");
        assertThat(smtp.send("AUTH PLAIN " + plain("", "alice", "wonderland")))
                .containsExactly("538 5.7.11 Encryption required for requested authentication mechanism");
    }

    @Test
    void afterStartTlsAuthIsOfferedAndRequired() {
        SessionDriver smtp = world.submission();
        smtp.send("EHLO laptop.example", "STARTTLS");
        assertThat(smtp.send("EHLO laptop.example")).containsExactly("250-mail.mailsim.test", "250-PIPELINING",
                "250-SIZE 26214400", "250-AUTH PLAIN LOGIN", "250-ENHANCEDSTATUSCODES", "250 8BITMIME");
        assertThat(smtp.send("MAIL FROM:<alice@mailsim.test>")).containsExactly("530 5.7.0 Authentication required");
        assertThat(smtp.send("AUTH PLAIN " + plain("", "alice", "wonderland"))).containsExactly("235 2.7.0 Authentication successful");
        assertThat(smtp.send("AUTH PLAIN " + plain("", "alice", "wonderland"))).containsExactly("503 5.5.1 Error: already authenticated");
        assertThat(smtp.send("MAIL FROM:<alice@mailsim.test>")).containsExactly("250 2.1.0 Ok");
    }

    @Test
    void authPlainWithContinuation() {
        SessionDriver smtp = world.submission();
        smtp.send("EHLO laptop.example", "STARTTLS", "EHLO laptop.example");
        assertThat(smtp.send("AUTH PLAIN")).containsExactly("334 ");
        assertThat(smtp.send(plain("alice", "alice", "wonderland"))).containsExactly("235 2.7.0 Authentication successful");
    }

    @Test
    void authLoginBothForms() {
        SessionDriver smtp = world.submission();
        smtp.send("EHLO laptop.example", "STARTTLS", "EHLO laptop.example");
        assertThat(smtp.send("AUTH LOGIN")).containsExactly("334 VXNlcm5hbWU6");
        assertThat(smtp.send(b64("alice"))).containsExactly("334 UGFzc3dvcmQ6");
        assertThat(smtp.send(b64("wonderland"))).containsExactly("235 2.7.0 Authentication successful");

        SessionDriver other = world.submissions();
        other.send("EHLO phone.example");
        assertThat(other.send("AUTH LOGIN " + b64("bob"))).containsExactly("334 UGFzc3dvcmQ6");
        assertThat(other.send(b64("builder"))).containsExactly("235 2.7.0 Authentication successful");
    }

    @Test
    void authFailuresAndCancellation() {
        SessionDriver smtp = world.submission();
        smtp.send("EHLO laptop.example", "STARTTLS", "EHLO laptop.example");
        assertThat(smtp.send("AUTH PLAIN " + plain("", "alice", "queen"))).containsExactly("535 5.7.8 Error: authentication failed");
        assertThat(smtp.send("AUTH PLAIN " + plain("bob", "alice", "wonderland"))).containsExactly("535 5.7.8 Error: authentication failed");
        assertThat(smtp.send("AUTH PLAIN")).containsExactly("334 ");
        assertThat(smtp.send("*")).containsExactly("501 5.7.0 Authentication aborted");
        assertThat(smtp.send("AUTH LOGIN")).containsExactly("334 VXNlcm5hbWU6");
        assertThat(smtp.send("*")).containsExactly("501 5.7.0 Authentication aborted");
        assertThat(smtp.send("AUTH PLAIN ~~~")).containsExactly("501 5.5.2 Cannot decode response");
        assertThat(smtp.send("AUTH CRAM-MD5")).containsExactly("504 5.5.4 Unrecognized authentication type");
        assertThat(smtp.send("AUTH")).containsExactly("501 5.5.4 Syntax: AUTH mechanism [initial-response]");
        assertThat(smtp.session().stateName()).isEqualTo("READY");
    }

    @Test
    void authNeedsEhloNotHelo() {
        SessionDriver smtp = world.submissions();
        smtp.send("HELO phone.example");
        assertThat(smtp.send("AUTH PLAIN " + plain("", "alice", "wonderland"))).containsExactly("503 5.5.1 Error: send EHLO first");
    }

    @Test
    void implicitTlsOffersAuthAtOnceAndNoStartTls() {
        SessionDriver smtp = world.submissions();
        assertThat(smtp.send("EHLO phone.example")).contains("250-AUTH PLAIN LOGIN").doesNotContain("250-STARTTLS");
        assertThat(smtp.send("STARTTLS")).containsExactly("554 5.5.1 Error: TLS already active");
        assertThat(smtp.send("MAIL FROM:<alice@mailsim.test>")).containsExactly("530 5.7.0 Authentication required");
    }

    @Test
    void plaintextAuthWhereTheScenarioAllowsIt() {
        SessionDriver smtp = SessionDriver.open(world.smtp, SessionDriver.context(587, Security.STARTTLS, true));
        assertThat(smtp.send("EHLO laptop.example")).contains("250-STARTTLS", "250-AUTH PLAIN LOGIN");
        assertThat(smtp.send("MAIL FROM:<alice@mailsim.test>")).containsExactly("530 5.7.0 Authentication required");
        assertThat(smtp.send("AUTH PLAIN " + plain("", "alice", "wonderland"))).containsExactly("235 2.7.0 Authentication successful");
        smtp.send("MAIL FROM:<alice@mailsim.test>", "RCPT TO:<bob@mailsim.test>", "DATA", "x", ".");
        assertThat(world.inbox("bob").get(0)).contains("with ESMTPA id c1.1");
    }

    @Test
    void submittedMailIsDeliveredWithEsmtpsa() {
        SessionDriver smtp = world.aliceSubmitting();
        smtp.send("MAIL FROM:<alice@mailsim.test>", "RCPT TO:<bob@mailsim.test>", "DATA", "Subject: hi", "", "hi", ".");
        assertThat(world.inbox("bob").get(0)).startsWith("Received: from laptop.example (test)\r\n")
                .contains("with ESMTPSA id c1.1");
    }

    @Test
    void nonLocalRecipientIsAcceptedThenBouncedToTheSender() {
        SessionDriver smtp = world.aliceSubmitting();
        smtp.send("MAIL FROM:<alice@mailsim.test>");
        assertThat(smtp.send("RCPT TO:<friend@example.com>")).containsExactly("250 2.1.5 Ok");
        assertThat(smtp.send("RCPT TO:<bob@mailsim.test>")).containsExactly("250 2.1.5 Ok");
        assertThat(smtp.send("DATA", "Subject: party", "", "come!", ".")).containsExactly(
                "354 End data with <CR><LF>.<CR><LF>", "250 2.0.0 Ok: queued as c1.1");
        assertThat(world.inbox("bob")).hasSize(1);
        assertThat(world.inbox("alice")).singleElement().asString()
                .contains("From: Mail Delivery System <MAILER-DAEMON@mail.mailsim.test>")
                .contains("To: <alice@mailsim.test>")
                .contains("Content-Type: multipart/report; report-type=delivery-status;")
                .contains("<friend@example.com>: " + Delivery.NOT_RELAYED)
                .contains("Final-Recipient: rfc822; friend@example.com", "Status: 5.4.4")
                .contains("Subject: party")
                .doesNotContain("bob@mailsim.test>: ");
    }

    @Test
    void failedAuthIsAnsweredOnlyAfterTheConfiguredDelay() {
        var slow = Smtp.sessions(world.store, SmtpSettings.defaults().withAuthFailureDelay(java.time.Duration.ofMillis(150)));
        SessionDriver smtp = SessionDriver.open(slow, SessionDriver.context(465, Security.IMPLICIT_TLS, false));
        smtp.send("EHLO phone.example");
        long start = System.nanoTime();
        assertThat(smtp.send("AUTH PLAIN " + plain("", "alice", "queen"))).containsExactly("535 5.7.8 Error: authentication failed");
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(150_000_000L);
    }

    @Test
    void startTlsForgetsAnEarlierPlaintextLogin() {
        SessionDriver smtp = SessionDriver.open(world.smtp, SessionDriver.context(587, Security.STARTTLS, true));
        smtp.send("EHLO laptop.example", "AUTH PLAIN " + plain("", "alice", "wonderland"), "STARTTLS", "EHLO laptop.example");
        assertThat(smtp.send("MAIL FROM:<alice@mailsim.test>")).containsExactly("530 5.7.0 Authentication required");
    }
}
