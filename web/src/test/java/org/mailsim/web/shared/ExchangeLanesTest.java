package org.mailsim.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mailsim.scenario.ScenarioCatalog;
import org.mailsim.scenario.ScenarioRunner;
import org.mailsim.scenario.timeline.StepRecord;
import org.mailsim.web.shared.ExchangeLanes.ConnectionView;

/**
 * The player's exchange column reads in the order things happened: in the built-in lesson
 * "IMAP cannot send", step 3, the laptop sends with SMTP on 587 and only then files its copy with
 * APPEND on the IMAP connection it opened in step 2, so the 587 connection comes before it.
 */
class ExchangeLanesTest {

    private static final List<StepRecord> STEPS = ScenarioRunner.run(
            ScenarioCatalog.load(Optional.empty()).find("imap-cannot-send").orElseThrow()).steps();

    private static List<String> labels(int step) {
        return ExchangeLanes.upTo(STEPS, step, false).stream().map(ConnectionView::label).toList();
    }

    @Test
    void theSmtpSendComesBeforeTheAppendOnTheOlderImapConnection() {
        List<String> labels = labels(3);

        assertThat(labels).hasSize(2);
        assertThat(labels.get(0)).contains("port 587");
        assertThat(labels.get(1)).contains("port 993");
    }

    @Test
    void connectionsQuietInTheStepKeepTheOrderTheyOpenedIn() {
        List<String> ids = ExchangeLanes.upTo(STEPS, 4, false).stream().map(ConnectionView::id).toList();

        assertThat(ids).containsExactly("c1", "c2", "c3"); // step 4: only Bob's phone (c3) speaks
    }
}
