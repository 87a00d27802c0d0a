package org.mailsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mailsim.scenario.timeline.StepRecord;
import org.mailsim.scenario.timeline.Timeline;
import org.mailsim.scenario.timeline.WireSlice;
import org.mailsim.yaml.YamlException;

/**
 * A wait moves the virtual clock by exactly its length, whether the runner ticks a minute at a
 * time (a device polls) or, with nothing that could happen, moves on in one go; a polling device
 * still checks once per interval.
 */
class ScenarioWaitTest {

    private static Timeline replay(String phoneSettings) throws YamlException {
        return ScenarioRunner.run(ScenarioLoader.load("wait.yaml", """
                id: wait
                title: A long wait
                summary: The phone checks, then three hours pass.
                difficulty: beginner
                objectives: [{exam: A+ 220-1201, objective: "1.3"}]
                accounts: [{login: alice, password: alice}]
                devices:
                  - {name: phone, account: alice, protocol: pop3, port: 995, security: tls%s}
                steps:
                  - device: phone
                    do: check mail
                  - device: phone
                    do: wait 3 hours
                """.formatted(phoneSettings)));
    }

    private static Duration waited(Timeline timeline) {
        return Duration.between(Instant.parse(timeline.steps().get(0).time()), Instant.parse(timeline.steps().get(1).time()));
    }

    private static long connectionsOpened(StepRecord step) {
        return step.wire().stream().filter(WireSlice::opened).count();
    }

    @Test
    void aQuietWaitMovesTheClockByItsWholeLengthAndOpensNothing() throws YamlException {
        Timeline timeline = replay("");

        assertThat(connectionsOpened(timeline.steps().get(1))).isZero();
        assertThat(waited(timeline)).isBetween(Duration.ofHours(3), Duration.ofHours(3).plusSeconds(1));
    }

    @Test
    void aDeviceCheckingEveryHourPollsThreeTimesInThreeHours() throws YamlException {
        Timeline timeline = replay(", settings: {check_every_minutes: 60}");

        assertThat(connectionsOpened(timeline.steps().get(1))).isEqualTo(3);
        assertThat(waited(timeline)).isBetween(Duration.ofHours(3), Duration.ofHours(3).plusSeconds(1));
    }
}
