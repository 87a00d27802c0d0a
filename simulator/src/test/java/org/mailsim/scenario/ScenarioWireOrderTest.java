package org.mailsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mailsim.scenario.timeline.StepRecord;
import org.mailsim.scenario.timeline.Timeline;
import org.mailsim.scenario.timeline.WireSlice;
import org.mailsim.wire.Direction;
import org.mailsim.yaml.YamlException;

/**
 * A step lists its connections in the order they first spoke during the step, not in the order
 * they were opened: an IMAP app that sends with SMTP and then files the copy in Sent shows the
 * SMTP connection first, even though its IMAP connection is older (RFC 6409 §1 leaves the copy
 * in Sent to the client; it comes after the send).
 */
class ScenarioWireOrderTest {

    private static Timeline replay() throws YamlException {
        return ScenarioRunner.run(ScenarioLoader.load("order.yaml", """
                id: order
                title: Send, then file the copy
                summary: The phone reads mail, then sends twice.
                difficulty: beginner
                objectives: [{exam: A+ 220-1201, objective: "2.1"}]
                accounts: [{login: alice, password: alice}, {login: bob, password: bob}]
                devices:
                  - {name: phone, account: alice, protocol: imap, port: 993, security: tls}
                steps:
                  - device: phone
                    do: check mail
                  - device: phone
                    do: send a message
                    message: {to: bob@mailsim.test, subject: One, body: First.}
                """));
    }

    private static List<Integer> ports(StepRecord step) {
        return step.wire().stream().map(slice -> slice.connection().port()).toList();
    }

    @Test
    void theSmtpSendIsListedBeforeTheAppendOnTheOlderImapConnection() throws YamlException {
        StepRecord send = replay().steps().get(1);

        assertThat(ports(send)).containsExactly(587, 993);
        WireSlice imap = send.wire().get(1);
        assertThat(imap.opened()).isFalse();
        assertThat(String.join("\n", imap.lines(Direction.CLIENT_TO_SERVER))).contains("APPEND Sent");
    }
}
