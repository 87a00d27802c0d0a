package org.mailsim.scenario.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.mailsim.scenario.Action;

class ActionNamesTest {

    @Test
    void waitsAreNamedInTheLargestWholeUnitWithTheRightNumber() {
        assertThat(ActionNames.of(new Action.Wait(Duration.ofHours(1)))).isEqualTo("waits 1 hour");
        assertThat(ActionNames.of(new Action.Wait(Duration.ofHours(2)))).isEqualTo("waits 2 hours");
        assertThat(ActionNames.of(new Action.Wait(Duration.ofMinutes(90)))).isEqualTo("waits 90 minutes");
        assertThat(ActionNames.of(new Action.Wait(Duration.ofDays(15)))).isEqualTo("waits 15 days");
        assertThat(ActionNames.of(new Action.Wait(Duration.ofSeconds(1)))).isEqualTo("waits 1 second");
    }
}
