package org.mailsim.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Security;

/**
 * "Configure the mail client" graded by what happens: each case runs the settings against the
 * simulator and asserts the decisive line of the transcript, which must be a line of it.
 */
class ConfigureRunTest {
    private static final String HOST = "mail.mailsim.test";
    /** Phone and laptop, encryption required, read state shared, the phone sends. */
    private static final Situation TWO_DEVICES = new Situation(List.of("phone", "laptop"), true, true, true);
    private static final Situation ONE_PHONE = new Situation(List.of("phone"), true, false, true);

    private static MailClientSettings incoming(String type, int port, Security security, boolean leave) {
        return new MailClientSettings(type, HOST, port, security, leave, HOST, 587, Security.STARTTLS, true);
    }

    private static MailClientSettings outgoing(int port, Security security, boolean auth) {
        return new MailClientSettings("imap", HOST, 993, Security.IMPLICIT_TLS, false, HOST, port, security, auth);
    }

    private static ConfigureOutcome run(Situation situation, MailClientSettings settings) {
        ConfigureOutcome outcome = ConfigureRun.run(situation, settings);
        assertThat(outcome.transcriptLines()).contains(outcome.decisiveLine());
        return outcome;
    }

    @Test
    void imapOverTlsAndSubmissionWithALoginWorkOnBothDevices() {
        ConfigureOutcome outcome = run(TWO_DEVICES, incoming("imap", 993, Security.IMPLICIT_TLS, false));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.decisiveLine()).startsWith("S: 250 2.0.0 Ok: queued");
        assertThat(outcome.transcriptLines()).contains("laptop shows: INBOX, 2 messages, 1 unread", "C: AUTH PLAIN AGFsaWNlAGFsaWNl");
        assertThat(outcome.explanation()).startsWith("These settings work. Both devices (phone, laptop) received both messages");
        assertThat(outcome.lesson()).as("no mistake, no lesson").isEmpty();
    }

    @Test
    void imapWithStarttlsAndImplicitTlsSubmissionWorkToo() {
        MailClientSettings settings = new MailClientSettings("imap", HOST, 143, Security.STARTTLS, false, HOST, 465, Security.IMPLICIT_TLS, true);
        ConfigureOutcome outcome = run(TWO_DEVICES, settings);
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.transcriptLines()).contains("C: A1 STARTTLS");
    }

    @Test
    void plaintextTo993FailsAtTheHandshakeBecauseNobodySpeaks() {
        ConfigureOutcome outcome = run(ONE_PHONE, incoming("imap", 993, Security.NONE, false));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.decisiveLine()).isEqualTo("phone says: “No answer from the server within 30 s — is this port expecting TLS?”");
        assertThat(outcome.explanation()).startsWith("Port 993 is IMAP over TLS: the TLS handshake comes first");
        assertThat(outcome.lesson()).as("the lesson about this mistake").contains("wrong-port-and-security");
    }

    @Test
    void tlsTo143FailsBecauseTheServerGreetsInCleartext() {
        ConfigureOutcome outcome = run(ONE_PHONE, incoming("imap", 143, Security.IMPLICIT_TLS, false));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.decisiveLine()).isEqualTo(
                "phone says: “TLS handshake failed: TLS ClientHello sent to a cleartext port: the server answered in plain text:"
                        + " this port does not speak TLS from the start (try STARTTLS, or the implicit-TLS port)”");
        assertThat(outcome.transcriptLines()).anyMatch(l -> l.startsWith("S: * OK [CAPABILITY IMAP4rev1"));
        assertThat(outcome.explanation()).startsWith("Port 143 starts in cleartext");
        assertThat(outcome.lesson()).as("the lesson about this mistake").contains("wrong-port-and-security");
    }

    @Test
    void aCleartextPasswordIsRefusedWhenEncryptionIsRequired() {
        ConfigureOutcome imap = run(ONE_PHONE, incoming("imap", 143, Security.NONE, false));
        assertThat(imap.passed()).isFalse();
        assertThat(imap.decisiveLine()).isEqualTo("S: * OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ ID ENABLE IDLE STARTTLS LOGINDISABLED] mailsim ready");
        assertThat(imap.explanation()).startsWith("The provider requires encryption");
        assertThat(imap.lesson()).as("the lesson about this mistake").contains("imap-starttls-vs-implicit-tls");

        ConfigureOutcome pop3 = run(ONE_PHONE, incoming("pop3", 110, Security.NONE, false));
        assertThat(pop3.decisiveLine()).isEqualTo("S: -ERR [AUTH] cleartext login is disabled on this connection: issue STLS first");
    }

    @Test
    void aCleartextPasswordIsAcceptedWhereTheProviderAllowsIt() {
        Situation lax = new Situation(List.of("phone"), false, false, false);
        ConfigureOutcome outcome = run(lax, incoming("imap", 143, Security.NONE, false));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.decisiveLine()).isEqualTo("phone shows: INBOX, 2 messages, 2 unread");
    }

    @Test
    void pop3DeleteAfterDownloadLeavesTheSecondDeviceEmpty() {
        ConfigureOutcome outcome = run(TWO_DEVICES, incoming("pop3", 995, Security.IMPLICIT_TLS, false));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.decisiveLine()).isEqualTo("S: +OK 0 0");
        assertThat(outcome.transcriptLines()).contains("C: DELE 1", "laptop shows: Inbox, 0 messages, 0 unread");
        assertThat(outcome.explanation()).startsWith("The phone downloaded the messages with POP3 and deleted them from the server");
        assertThat(outcome.lesson()).as("the lesson about this mistake").contains("pop3-delete-after-download");
    }

    @Test
    void pop3LeavingACopyReachesBothDevicesButCannotShareWhatWasRead() {
        Situation noSync = new Situation(List.of("phone", "laptop"), true, false, false);
        assertThat(run(noSync, incoming("pop3", 995, Security.IMPLICIT_TLS, true)).passed()).isTrue();

        ConfigureOutcome outcome = run(TWO_DEVICES, incoming("pop3", 995, Security.IMPLICIT_TLS, true));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.decisiveLine()).isEqualTo("laptop shows: Inbox, 2 messages, 2 unread");
        assertThat(outcome.explanation()).startsWith("POP3 keeps no read or unread state on the server");
        assertThat(outcome.lesson()).as("the lesson about this mistake").contains("imap-phone-and-laptop");
    }

    @Test
    void port25WithoutALoginRefusesToRelay() {
        ConfigureOutcome outcome = run(ONE_PHONE, outgoing(25, Security.NONE, false));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.decisiveLine()).isEqualTo("S: 554 5.7.1 <carol@example.com>: Relay access denied");
        assertThat(outcome.explanation()).startsWith("Port 25 is where mail servers deliver to this server's own users");
        assertThat(outcome.lesson()).as("the lesson about this mistake").contains("port-25-relay-and-587-auth");
    }

    @Test
    void submissionWithoutALoginIsRefused() {
        ConfigureOutcome outcome = run(ONE_PHONE, outgoing(587, Security.STARTTLS, false));
        assertThat(outcome.decisiveLine()).isEqualTo("S: 530 5.7.0 Authentication required");
        assertThat(outcome.explanation()).startsWith("The submission port takes mail only from users who log in");
        assertThat(outcome.lesson()).as("the lesson about this mistake").contains("port-25-relay-and-587-auth");
    }

    @Test
    void aLoginInCleartextOnSubmissionIsNotEvenOffered() {
        // The server lists AUTH only after STARTTLS, and the app sends AUTH only when offered (RFC 4954 §3): no password crosses.
        ConfigureOutcome outcome = run(ONE_PHONE, outgoing(587, Security.NONE, true));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.decisiveLine()).startsWith("phone says: “Not sent: the outgoing server offers no way to log in here");
        assertThat(outcome.explanation()).startsWith("The server offers a login only after the connection is encrypted");
        assertThat(outcome.lesson()).as("the lesson about this mistake").contains("imap-cannot-send");
    }

    @Test
    void starttlsOn465WaitsForAGreetingThatNeverComes() {
        ConfigureOutcome outcome = run(ONE_PHONE, outgoing(465, Security.STARTTLS, true));
        assertThat(outcome.decisiveLine()).isEqualTo(
                "phone says: “No answer from the outgoing server on port 465: the port may expect TLS from the first byte — choose SSL/TLS”");
    }

    @Test
    void theWrongProtocolForThePortIsNamed() {
        ConfigureOutcome outcome = run(ONE_PHONE, incoming("imap", 110, Security.IMPLICIT_TLS, false));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.explanation()).startsWith("Port 110 is POP3, STLS available (POP3), not IMAP");
        assertThat(outcome.lesson()).as("the lesson about this mistake").contains("wrong-port-and-security");
    }

    @Test
    void aServerNameThatDoesNotExistFailsBeforeAnyConnection() {
        MailClientSettings typo = new MailClientSettings("imap", "imap.mailsim.test", 993, Security.IMPLICIT_TLS, false,
                HOST, 587, Security.STARTTLS, true);
        ConfigureOutcome outcome = run(ONE_PHONE, typo);
        assertThat(outcome.decisiveLine()).isEqualTo("phone says: “Cannot find the server imap.mailsim.test”");
        assertThat(outcome.transcriptLines()).containsExactly(outcome.decisiveLine());

        MailClientSettings outgoingTypo = new MailClientSettings("imap", "MAIL.mailsim.test", 993, Security.IMPLICIT_TLS, false,
                "smtp.mailsim.test", 587, Security.STARTTLS, true);
        assertThat(run(ONE_PHONE, outgoingTypo).decisiveLine()).isEqualTo("phone says: “Cannot find the server smtp.mailsim.test”");
    }

    @Test
    void aPortNobodyListensOnIsRefused() {
        ConfigureOutcome outcome = run(ONE_PHONE, incoming("imap", 1993, Security.IMPLICIT_TLS, false));
        assertThat(outcome.decisiveLine()).isEqualTo("phone says: “Cannot connect: nothing answers on port 1993 of mail.mailsim.test (connection refused)”");
    }

    @Test
    void everyLessonTheAdviceNamesIsABundledScenario() {
        var catalog = new org.mailsim.scenario.ScenarioLibrary(java.util.Optional.empty()).current();
        for (String lesson : ConfigureAdvice.LESSONS) {
            assertThat(catalog.find(lesson)).as("scenario %s", lesson).isPresent();
        }
    }
}
