package org.mailsim.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mailsim.net.SessionDriver;
import org.mailsim.store.StoreEvent;

/** Port 25: an MX takes mail for its own domains from anyone and relays nothing. */
class SmtpTransferTest {

    private final SmtpFixture world = new SmtpFixture();

    @Test
    void greetingIs220WithTheHostname() {
        SessionDriver smtp = world.mx();
        assertThat(smtp.greeting()).containsExactly("220 mail.mailsim.test ESMTP mailsim");
        assertThat(smtp.state()).isEqualTo("INITIAL");
    }

    @Test
    void ehloListsExtensionsWithoutAuthOnPort25() {
        assertThat(world.mx().send("EHLO relay.example")).containsExactly("250-mail.mailsim.test", "250-PIPELINING",
                "250-SIZE 26214400", "250-STARTTLS", "250-ENHANCEDSTATUSCODES", "250 8BITMIME");
    }

    @Test
    void mailForALocalUserIsDeliveredWithAReceivedHeader() {
        SessionDriver smtp = world.mx();
        assertThat(smtp.send("EHLO relay.example")).hasSize(6);
        assertThat(smtp.send("MAIL FROM:<sender@example.org>")).containsExactly("250 2.1.0 Ok");
        assertThat(smtp.state()).isEqualTo("MAIL");
        assertThat(smtp.send("RCPT TO:<alice@mailsim.test>")).containsExactly("250 2.1.5 Ok");
        assertThat(smtp.state()).isEqualTo("RCPT");
        assertThat(smtp.send("DATA")).containsExactly("354 End data with <CR><LF>.<CR><LF>");
        assertThat(smtp.state()).isEqualTo("DATA");
        assertThat(smtp.send("Subject: hi", "", "..leading dot", "bye")).isEmpty();
        assertThat(smtp.send(".")).containsExactly("250 2.0.0 Ok: queued as c1.1");
        assertThat(smtp.state()).isEqualTo("READY");
        assertThat(world.inbox("alice")).containsExactly("""
                Received: from relay.example (test)\r
                \tby mail.mailsim.test (mailsim) with ESMTP id c1.1\r
                \tfor <alice@mailsim.test>; Thu, 15 Jan 2026 09:30:00 +0000\r
                Subject: hi\r
                \r
                .leading dot\r
                bye\r
                """);
    }

    @Test
    void deliveryIsAStoreEventThatImapSessionsHear() {
        List<StoreEvent> events = new ArrayList<>();
        world.store.listen("alice", events::add);
        world.mx().send("HELO relay.example", "MAIL FROM:<>", "RCPT TO:<Alice@MailSim.Test>", "DATA", "Subject: x", "", "x", ".");
        assertThat(events).singleElement().isInstanceOfSatisfying(StoreEvent.MessageAdded.class, e -> {
            assertThat(e.folder()).isEqualTo("INBOX");
            assertThat(e.origin()).isEqualTo("c1");
        });
    }

    @Test
    void heloGivesOneLineAndPlainSmtpInReceived() {
        SessionDriver smtp = world.mx();
        assertThat(smtp.send("HELO relay.example")).containsExactly("250 mail.mailsim.test");
        smtp.send("MAIL FROM:<a@example.org>", "RCPT TO:<bob@mailsim.test>", "DATA", "x", ".");
        assertThat(world.inbox("bob").get(0)).contains("with SMTP id c1.1");
    }

    @Test
    void relayToAnotherDomainIsDenied() {
        SessionDriver smtp = world.mx();
        smtp.send("EHLO relay.example", "MAIL FROM:<alice@mailsim.test>");
        assertThat(smtp.send("RCPT TO:<someone@example.com>")).containsExactly("554 5.7.1 <someone@example.com>: Relay access denied");
        assertThat(smtp.state()).isEqualTo("MAIL");
    }

    @Test
    void unknownLocalUserIsRejected() {
        SessionDriver smtp = world.mx();
        smtp.send("EHLO relay.example", "MAIL FROM:<x@example.org>");
        assertThat(smtp.send("RCPT TO:<nobody@mailsim.test>"))
                .containsExactly("550 5.1.1 <nobody@mailsim.test>: Recipient address rejected: User unknown");
    }

    @Test
    void authIsNotOfferedOnPort25() {
        SessionDriver smtp = world.mx();
        smtp.send("EHLO relay.example");
        assertThat(smtp.send("AUTH PLAIN " + SmtpFixture.plain("", "alice", "wonderland")))
                .containsExactly("503 5.5.1 Error: authentication not enabled");
    }

    @Test
    void eachRecipientGetsItsOwnCopyNamingOnlyThem() {
        world.mx().send("EHLO relay.example", "MAIL FROM:<x@example.org>", "RCPT TO:<alice@mailsim.test>",
                "RCPT TO:<bob@mailsim.test>", "DATA", "Subject: both", "", "hello", ".");
        assertThat(world.inbox("alice").get(0)).contains("for <alice@mailsim.test>").doesNotContain("bob@");
        assertThat(world.inbox("bob").get(0)).contains("for <bob@mailsim.test>").doesNotContain("alice@");
    }

    @Test
    void pipelinedCommandsAreAnsweredInOrder() {
        SessionDriver smtp = world.mx();
        smtp.send("EHLO relay.example");
        assertThat(smtp.send("MAIL FROM:<x@example.org>", "RCPT TO:<alice@mailsim.test>", "RCPT TO:<nobody@mailsim.test>", "DATA"))
                .containsExactly("250 2.1.0 Ok", "250 2.1.5 Ok",
                        "550 5.1.1 <nobody@mailsim.test>: Recipient address rejected: User unknown",
                        "354 End data with <CR><LF>.<CR><LF>");
        assertThat(smtp.send("x", ".", "QUIT")).containsExactly("250 2.0.0 Ok: queued as c1.1", "221 2.0.0 Bye");
        assertThat(smtp.closed()).isTrue();
    }

    @Test
    void startTlsResetsTheSessionAndTheClientMustEhloAgain() {
        SessionDriver smtp = world.mx();
        smtp.send("EHLO relay.example");
        assertThat(smtp.send("STARTTLS")).containsExactly("220 2.0.0 Ready to start TLS");
        assertThat(smtp.tlsStarted()).isTrue();
        assertThat(smtp.state()).isEqualTo("INITIAL");
        assertThat(smtp.send("MAIL FROM:<x@example.org>")).containsExactly("503 5.5.1 Error: send HELO/EHLO first");
        assertThat(smtp.send("EHLO relay.example")).doesNotContain("250-STARTTLS");
        assertThat(smtp.send("STARTTLS")).containsExactly("554 5.5.1 Error: TLS already active");
        smtp.send("MAIL FROM:<x@example.org>", "RCPT TO:<alice@mailsim.test>", "DATA", "x", ".");
        assertThat(world.inbox("alice").get(0)).contains("with ESMTPS id c1.1");
    }

    @Test
    void rsetAbandonsTheTransactionButKeepsTheGreeting() {
        SessionDriver smtp = world.mx();
        smtp.send("EHLO relay.example", "MAIL FROM:<x@example.org>", "RCPT TO:<alice@mailsim.test>");
        assertThat(smtp.send("RSET")).containsExactly("250 2.0.0 Ok");
        assertThat(smtp.state()).isEqualTo("READY");
        assertThat(smtp.send("DATA")).containsExactly("503 5.5.1 Error: need MAIL command");
        assertThat(smtp.send("MAIL FROM:<x@example.org>")).containsExactly("250 2.1.0 Ok");
    }

    @Test
    void noopVrfyHelpAndQuit() {
        SessionDriver smtp = world.mx();
        assertThat(smtp.send("NOOP")).containsExactly("250 2.0.0 Ok");
        assertThat(smtp.send("VRFY alice")).containsExactly("252 2.0.0 Cannot VRFY user, but will accept message and attempt delivery");
        assertThat(smtp.send("HELP")).containsExactly(
                "214 2.0.0 Commands: EHLO HELO MAIL RCPT DATA RSET VRFY HELP NOOP QUIT STARTTLS AUTH (see RFC 5321)");
        assertThat(smtp.send("QUIT")).containsExactly("221 2.0.0 Bye");
        assertThat(smtp.closed()).isTrue();
    }

    @Test
    void mailFromAcceptsSizeAndBodyParameters() {
        SessionDriver smtp = world.mx();
        smtp.send("EHLO relay.example");
        assertThat(smtp.send("MAIL FROM:<x@example.org> SIZE=120 BODY=8BITMIME")).containsExactly("250 2.1.0 Ok");
        assertThat(smtp.send("RSET", "MAIL FROM: <x@example.org>")).containsExactly("250 2.0.0 Ok", "250 2.1.0 Ok");
        assertThat(smtp.send("RSET", "MAIL FROM:<x@example.org> NOTIFY=NEVER"))
                .containsExactly("250 2.0.0 Ok", "555 5.5.4 Unsupported option in MAIL FROM");
    }

    @Test
    void ehloInTheMiddleOfATransactionStartsOver() {
        SessionDriver smtp = world.mx();
        smtp.send("EHLO relay.example", "MAIL FROM:<x@example.org>", "RCPT TO:<alice@mailsim.test>");
        smtp.send("EHLO relay.example");
        assertThat(smtp.state()).isEqualTo("READY");
        assertThat(smtp.send("DATA")).containsExactly("503 5.5.1 Error: need MAIL command");
    }

    @Test
    void startTlsIsNotOfferedOnAPlainListener() {
        SessionDriver smtp = SessionDriver.open(world.smtp, SessionDriver.context(25, org.mailsim.net.Security.NONE, false));
        assertThat(smtp.send("EHLO relay.example")).doesNotContain("250-STARTTLS");
        assertThat(smtp.send("STARTTLS")).containsExactly("502 5.5.1 Error: command not implemented");
    }

    @Test
    void nullSenderAndQuitWithArgumentsAreHandled() {
        SessionDriver smtp = world.mx();
        smtp.send("EHLO relay.example");
        assertThat(smtp.send("MAIL FROM:<>")).containsExactly("250 2.1.0 Ok");
        assertThat(smtp.send("QUIT now")).containsExactly("501 5.5.4 Syntax: QUIT");
        assertThat(smtp.closed()).isFalse();
    }
}
