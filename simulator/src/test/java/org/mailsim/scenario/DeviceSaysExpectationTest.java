package org.mailsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mailsim.scenario.timeline.ExpectationResult;
import org.mailsim.scenario.timeline.Timeline;

/**
 * {@code device_error} and {@code device_says} hold only when the device told its user something
 * containing the text given (case does not matter), and say what it did tell otherwise.
 */
class DeviceSaysExpectationTest {

    private static final String SCENARIO = """
            id: wrong-password-check
            title: Wrong password
            summary: The phone has a typo in its password; the laptop is not used.
            difficulty: beginner
            objectives: [{exam: A+ 220-1201, objective: "2.1"}]
            accounts: [{login: alice, password: alice}]
            devices:
              - {name: phone, account: alice, protocol: imap, port: 993, security: tls, settings: {password: alicf}}
              - {name: laptop, account: alice, protocol: imap, port: 993, security: tls}
            steps:
              - device: phone
                do: check mail
                expect:
                  - device_error: {device: phone, contains: "LOGIN FAILED"}
                  - device_says: {device: phone, text: "user name or password is wrong"}
                  - device_error: {device: phone, contains: "certificate"}
                  - device_says: {device: laptop, text: "Login failed"}
            """;

    @Test
    void holdsOnlyForTheTextGivenIgnoringCaseAndSaysWhatTheDeviceToldOtherwise() throws Exception {
        Timeline timeline = ScenarioRunner.run(ScenarioLoader.load("wrong-password-check.yaml", SCENARIO));
        List<ExpectationResult> results = timeline.steps().get(0).results();

        assertThat(results).extracting(ExpectationResult::passed).containsExactly(true, true, false, false);
        assertThat(results.get(2).detail()).isEqualTo("phone told its user nothing containing \"certificate\" in this step;"
                + " it said: \"Login failed: the server says the user name or password is wrong\"");
        assertThat(results.get(3).detail()).isEqualTo("laptop told its user nothing containing \"Login failed\" in this step"
                + " (it showed no message at all)");
    }
}
