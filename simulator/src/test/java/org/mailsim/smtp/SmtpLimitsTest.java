package org.mailsim.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.mailsim.net.SessionDriver;

/** Sizes, quotas, malformed input, timeouts: every refusal has its code. */
class SmtpLimitsTest {

    private final SmtpFixture world = new SmtpFixture(SmtpSettings.defaults().withMaxMessageSize(1000).withMaxRecipients(2));

    private SessionDriver readyForData(String recipient) {
        SessionDriver smtp = world.mx();
        smtp.send("EHLO relay.example", "MAIL FROM:<bob@mailsim.test>", "RCPT TO:<" + recipient + ">", "DATA");
        return smtp;
    }

    @Test
    void declaredSizeOverTheLimitIsRefusedAtMailFrom() {
        SessionDriver smtp = world.mx();
        smtp.send("EHLO relay.example");
        assertThat(smtp.send("MAIL FROM:<x@example.org> SIZE=1001")).containsExactly("552 5.3.4 Message size exceeds fixed limit");
        assertThat(smtp.state()).isEqualTo("READY");
    }

    @Test
    void dataOverTheLimitIsReadToTheDotThenRefused() {
        SessionDriver smtp = readyForData("alice@mailsim.test");
        for (int i = 0; i < 20; i++) assertThat(smtp.send("x".repeat(98))).isEmpty();
        assertThat(smtp.send(".")).containsExactly("552 5.3.4 Message size exceeds fixed limit");
        assertThat(world.inbox("alice")).isEmpty();
        assertThat(smtp.send("NOOP")).containsExactly("250 2.0.0 Ok");
    }

    @Test
    void fullMailboxIsRefusedAtRcptWhenTheSizeIsDeclared() {
        SessionDriver smtp = world.mx();
        smtp.send("EHLO relay.example", "MAIL FROM:<x@example.org> SIZE=500");
        assertThat(smtp.send("RCPT TO:<carol@mailsim.test>"))
                .containsExactly("552 5.2.2 <carol@mailsim.test>: Recipient address rejected: Mailbox is full");
        assertThat(smtp.send("RCPT TO:<alice@mailsim.test>")).containsExactly("250 2.1.5 Ok"); // only carol is full
    }

    @Test
    void aMessageThatFitsTheDeclaredSizeIsAcceptedAtRcpt() {
        SessionDriver smtp = world.mx();
        smtp.send("EHLO relay.example", "MAIL FROM:<x@example.org> SIZE=100");
        assertThat(smtp.send("RCPT TO:<carol@mailsim.test>")).containsExactly("250 2.1.5 Ok");
    }

    @Test
    void undeclaredMessageTooBigForTheMailboxIsAcceptedThenBounced() {
        SessionDriver smtp = readyForData("carol@mailsim.test"); // MAIL FROM:<bob@mailsim.test>, no SIZE
        smtp.send("Subject: big", "");
        for (int i = 0; i < 5; i++) smtp.send("y".repeat(98));
        assertThat(smtp.send(".")).containsExactly("250 2.0.0 Ok: queued as c1.1"); // RFC 5321 §4.2.5: responsibility taken
        assertThat(world.inbox("carol")).isEmpty();
        assertThat(world.inbox("bob")).singleElement().asString()
                .contains("<carol@mailsim.test>: mailbox full", "Status: 5.2.2");
    }

    @Test
    void oneFullMailboxAmongSeveralBouncesToALocalSender() {
        SessionDriver smtp = world.mx();
        smtp.send("EHLO relay.example", "MAIL FROM:<bob@mailsim.test>", "RCPT TO:<carol@mailsim.test>",
                "RCPT TO:<alice@mailsim.test>", "DATA", "Subject: big", "");
        for (int i = 0; i < 5; i++) smtp.send("z".repeat(98));
        assertThat(smtp.send(".")).containsExactly("250 2.0.0 Ok: queued as c1.1");
        assertThat(world.inbox("alice")).hasSize(1);
        assertThat(world.inbox("carol")).isEmpty();
        assertThat(world.inbox("bob")).singleElement().asString()
                .contains("<carol@mailsim.test>: mailbox full", "Status: 5.2.2");
    }

    @Test
    void bareLfInDataIsRefusedAndCannotSmuggleASecondMessage() {
        SessionDriver smtp = readyForData("alice@mailsim.test");
        byte[] smuggled = ("Subject: one\r\n\r\nhello\n.\r\nMAIL FROM:<ceo@mailsim.test>\r\nRCPT TO:<alice@mailsim.test>\r\n"
                + "DATA\r\nSubject: forged\r\n\r\nsend money\r\n.\r\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(smtp.sendRaw(smuggled)).containsExactly("554 5.6.0 Message refused: bare LF line ending (RFC 5321 §2.3.8 requires CR LF)");
        assertThat(world.inbox("alice")).isEmpty();
        assertThat(smtp.state()).isEqualTo("READY");
    }

    @Test
    void textLineOver1000OctetsIsRefusedAtTheEnd() {
        SmtpFixture world = new SmtpFixture(); // 25 MB: the line, not the size, is what is wrong
        SessionDriver smtp = world.mx();
        smtp.send("EHLO relay.example", "MAIL FROM:<x@example.org>", "RCPT TO:<alice@mailsim.test>", "DATA");
        assertThat(smtp.send("a".repeat(999))).isEmpty();
        assertThat(smtp.send(".")).containsExactly("554 5.6.0 Message refused: a text line is longer than 1000 octets");
        assertThat(world.inbox("alice")).isEmpty();
    }

    @Test
    void tooManyRecipientsGets452() {
        SessionDriver smtp = world.mx();
        smtp.send("EHLO relay.example", "MAIL FROM:<x@example.org>", "RCPT TO:<alice@mailsim.test>", "RCPT TO:<bob@mailsim.test>");
        assertThat(smtp.send("RCPT TO:<carol@mailsim.test>")).containsExactly("452 4.5.3 Error: too many recipients");
    }

    @Test
    void commandsOutOfSequenceGet503() {
        SessionDriver smtp = world.mx();
        assertThat(smtp.send("MAIL FROM:<x@example.org>")).containsExactly("503 5.5.1 Error: send HELO/EHLO first");
        smtp.send("EHLO relay.example");
        assertThat(smtp.send("RCPT TO:<alice@mailsim.test>")).containsExactly("503 5.5.1 Error: need MAIL command");
        assertThat(smtp.send("DATA")).containsExactly("503 5.5.1 Error: need MAIL command");
        smtp.send("MAIL FROM:<x@example.org>");
        assertThat(smtp.send("MAIL FROM:<x@example.org>")).containsExactly("503 5.5.1 Error: nested MAIL command");
        assertThat(smtp.send("DATA")).containsExactly("503 5.5.1 Error: need RCPT command");
        assertThat(smtp.send("STARTTLS")).containsExactly("503 5.5.1 Error: MAIL transaction in progress");
    }

    @Test
    void syntaxErrorsGet501AndUnknownCommands500() {
        SessionDriver smtp = world.mx();
        assertThat(smtp.send("EHLO")).containsExactly("501 5.5.4 Syntax: EHLO hostname");
        assertThat(smtp.send("EHLO bad<name>")).containsExactly("501 5.5.4 Syntax: EHLO hostname");
        smtp.send("EHLO relay.example");
        assertThat(smtp.send("MAIL alice@mailsim.test")).containsExactly("501 5.5.4 Syntax: MAIL FROM:<address>");
        assertThat(smtp.send("MAIL FROM:<not an address>")).containsExactly("501 5.5.4 Syntax: MAIL FROM:<address>");
        smtp.send("MAIL FROM:<x@example.org>");
        assertThat(smtp.send("RCPT TO:alice@mailsim.test")).containsExactly("501 5.5.4 Syntax: RCPT TO:<address>");
        assertThat(smtp.send("RSET now")).containsExactly("501 5.5.4 Syntax: RSET");
        assertThat(smtp.send("VRFY")).containsExactly("501 5.5.4 Syntax: VRFY address");
        assertThat(smtp.send("BDAT 10")).containsExactly("500 5.5.2 Error: command not recognized");
        assertThat(smtp.send("")).containsExactly("500 5.5.2 Error: command not recognized");
    }

    @Test
    void overLongCommandLineGets500() {
        SessionDriver smtp = world.mx();
        assertThat(smtp.send("EHLO " + "a".repeat(600))).containsExactly("500 5.5.6 Line too long");
        assertThat(smtp.session().onLineTooLong().text()).isEqualTo("500 5.5.6 Line too long\r\n");
    }

    @Test
    void controlCharactersCannotForgeAReplyLine() {
        SessionDriver smtp = world.mx();
        byte[] forged = "EHLO a\r250 fake\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(smtp.sendRaw(forged)).containsExactly("500 5.5.2 Error: control characters are not allowed in a command");
    }

    @Test
    void tooManyErrorsCloseWith421() {
        SessionDriver smtp = world.mx();
        for (int i = 1; i < 10; i++) assertThat(smtp.send("BOGUS")).containsExactly("500 5.5.2 Error: command not recognized");
        assertThat(smtp.send("BOGUS")).containsExactly("421 4.7.0 mail.mailsim.test Error: too many errors");
        assertThat(smtp.closed()).isTrue();
    }

    @Test
    void timeoutAndShutdownSay421AndClose() {
        SessionDriver smtp = world.mx();
        assertThat(smtp.session().idleTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(smtp.timeout()).containsExactly("421 4.4.2 mail.mailsim.test Error: timeout exceeded");
        assertThat(smtp.closed()).isTrue();
        SessionDriver data = readyForData("alice@mailsim.test");
        assertThat(data.session().idleTimeout()).isEqualTo(Duration.ofMinutes(3));
        assertThat(data.shutdown()).containsExactly("421 4.3.2 Service shutting down");
        assertThat(data.closed()).isTrue();
        assertThat(world.inbox("alice")).isEmpty();
    }
}
