package org.mailsim.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Security;

/** The decisive line is pointed at where it decided, not where the same words first appeared. */
class ConfigureDecisiveIndexTest {
    private static final String SERVER = "mail.mailsim.test";

    @Test
    void pop3OnTwoDevicesIsDecidedByTheLaptopsScreenAfterThePhoneReadTheMail() {
        Situation situation = new Situation(List.of("phone", "laptop"), true, true, false);
        MailClientSettings pop3 = new MailClientSettings("pop3", SERVER, 995, Security.IMPLICIT_TLS, true, SERVER, 587,
                Security.STARTTLS, true);
        ConfigureOutcome outcome = ConfigureRun.run(situation, pop3);
        assertThat(outcome.passed()).isFalse();
        int first = outcome.transcriptLines().indexOf(outcome.decisiveLine());
        assertThat(outcome.decisiveLine()).startsWith("laptop shows: Inbox, 2 messages");
        assertThat(outcome.decisiveIndex()).as("the screen after the phone read the mail, not the same screen before")
                .isGreaterThan(first);
        assertThat(outcome.transcriptLines().get(outcome.decisiveIndex())).isEqualTo(outcome.decisiveLine());
    }

    @Test
    void aRefusalIsPointedAtInItsPhase() {
        Situation situation = new Situation(List.of("phone"), true, false, false);
        MailClientSettings plaintext = new MailClientSettings("imap", SERVER, 143, Security.NONE, false, SERVER, 587,
                Security.STARTTLS, true);
        ConfigureOutcome outcome = ConfigureRun.run(situation, plaintext);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.decisiveIndex()).isNotNegative();
        assertThat(outcome.transcriptLines().get(outcome.decisiveIndex())).isEqualTo(outcome.decisiveLine());
    }
}
