package org.mailsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Protocol;
import org.mailsim.net.Security;
import org.mailsim.yaml.YamlException;
import org.mailsim.yaml.YamlProblem;

public class ScenarioLoaderTest {

    static final String GOOD = """
            id: read-on-phone
            title: Read on the phone, read on the laptop
            summary: >
              Reading a message on one IMAP device marks it read on the server,
              so every other device shows it read too.
            difficulty: beginner
            objectives:
              - exam: A+ 220-1201
                objective: "2.1"
                note: IMAP 143
              - {exam: N10-009, objective: "1.4"}
            topics: [imap, sync]
            server:
              allow_plaintext_login: true
              attacker: {device: laptop, does: strip-starttls}
            accounts:
              - login: alice
                password: alice
                quota_bytes: 1000000
                mail:
                  - subject: Lunch on Thursday?
                    from: Bob <bob@mailsim.test>
                    date: 2026-01-13T11:42:10Z
                    body: Are you free?
                  - subject: Invoice
                    flags: [\\Seen]
            devices:
              - name: phone
                account: alice
                protocol: imap
                port: 993
                security: tls
                outgoing: {port: 465, security: tls}
              - name: laptop
                protocol: imap
                port: 143
                security: starttls
                settings: {tls: require, delete: mark-and-expunge}
            steps:
              - narration: Alice has a phone and a laptop.
              - device: phone
                do: open message 1
                exam_point: BODY[] sets \\Seen (RFC 3501 §6.4.5).
                expect:
                  - server_says: FLAGS (\\Seen)
                  - mailbox: {folder: INBOX, messages: 2, unseen: 0}
              - device: laptop
                type: a1 NOOP
                expect:
                  - server_says: {device: laptop, text: a1 OK}
              - device: phone
                do: send a message
                message: {to: bob@mailsim.test, subject: Hi}
            """;

    /** A valid scenario file's text, for other tests. */
    public static String goodScenario() {
        return GOOD;
    }

    @Test
    void loadsAWholeScenario() throws Exception {
        Scenario s = ScenarioLoader.load("read.yaml", GOOD);
        assertThat(s.id()).isEqualTo("read-on-phone");
        assertThat(s.summary()).startsWith("Reading a message");
        assertThat(s.objectives()).extracting(Object::toString).containsExactly("A+ 220-1201 2.1", "N10-009 1.4");
        assertThat(s.accounts().get(0).address()).isEqualTo("alice@mailsim.test");
        assertThat(s.accounts().get(0).mail().get(1).flags()).containsExactly("\\Seen");
        assertThat(s.device("phone").orElseThrow().security()).isEqualTo(Security.IMPLICIT_TLS);
        assertThat(s.device("laptop").orElseThrow().protocol()).isEqualTo(Protocol.IMAP);
        assertThat(s.device("laptop").orElseThrow().settings().deleteMethod()).isEqualTo(DeviceSettings.DeleteMethod.MARK_AND_EXPUNGE);
        assertThat(s.device("phone").orElseThrow().outgoing()).isEqualTo(new OutgoingSpec(465, Security.IMPLICIT_TLS, true));
        assertThat(s.device("laptop").orElseThrow().outgoing()).isEqualTo(OutgoingSpec.SUBMISSION);
        assertThat(s.server().allowPlaintextLogin()).isTrue();
        assertThat(s.server().attackers()).containsExactly(new ServerSpec.Attacker("laptop", ServerSpec.AttackKind.STRIP_STARTTLS));
        assertThat(s.steps()).hasSize(4);
        assertThat(s.steps().get(0).what()).isInstanceOf(Step.What.Narrate.class);
        assertThat(s.steps().get(1).what()).isEqualTo(new Step.What.Act("phone", new Action.OpenMessage(1)));
        assertThat(s.steps().get(1).expectations()).hasSize(2);
        assertThat(s.steps().get(2).what()).isEqualTo(new Step.What.Type("laptop", "a1 NOOP"));
        assertThat(s.steps().get(3).what()).isEqualTo(new Step.What.Act("phone", new Action.Send("bob@mailsim.test", "Hi", "")));
    }

    @Test
    void everyMistakeIsNamedWithItsLineAndColumn() {
        String broken = """
                id: Broken Scenario
                title: Broken
                summary: x
                difficulty: easy
                objectives:
                  - {exam: A+ 220-9999, objective: "2.1"}
                accounts:
                  - login: alice
                devices:
                  - name: phone
                    protocol: imapx
                    port: 99999
                    security: ssl
                    settings: {leave_on_sever: true}
                steps:
                  - device: tablet
                    do: open message 1
                  - device: phone
                    do: teleport the message
                  - device: phone
                    expect:
                      - server_sez: hello
                """;
        assertThatThrownBy(() -> ScenarioLoader.load("broken.yaml", broken))
                .isInstanceOfSatisfying(YamlException.class, e -> assertThat(e.problems()).extracting(YamlProblem::toString).containsExactly(
                        "broken.yaml:1:5: 'id' should be lower-case words joined by hyphens, like imap-two-devices",
                        "broken.yaml:4:13: 'difficulty' should be one of advanced, beginner, intermediate, not 'easy'",
                        "broken.yaml:6:12: 'exam' should be one of 220-1101, 220-1102, 220-1201, 220-1202, a+ 220-1101, a+ 220-1102, a+ 220-1201, a+ 220-1202, n10-009, network+ n10-009, security+ sy0-701, sy0-701, not 'A+ 220-9999'",
                        "broken.yaml:11:15: 'protocol' should be one of imap, pop3, smtp, not 'imapx'",
                        "broken.yaml:12:11: 'port' should be between 1 and 65535, not 99999",
                        "broken.yaml:13:15: 'security' should be one of none, ssl/tls, starttls, tls, not 'ssl'",
                        "broken.yaml:14:16: unknown key 'leave_on_sever' in a device's settings; did you mean 'leave_on_server'?",
                        "broken.yaml:16:13: no device 'tablet' in this scenario; devices: phone",
                        "broken.yaml:19:9: 'teleport the message' is not an action mailsim knows; try one of: " + String.join(", ", ActionParser.examples()),
                        "broken.yaml:20:5: step 3 needs 'do' (a user action), 'type' (a raw line) or 'narration'",
                        "broken.yaml:20:13: step 3 names a device but has nothing for it to do",
                        "broken.yaml:22:9: unknown expectation 'server_sez'; use server_says, server_never_says, client_sends, mailbox, device_shows, device_says or device_error"));
    }

    @Test
    void attackersCanStandOnSeveralDevicesPathsGivenAsAList() throws Exception {
        String twoAttackers = GOOD.replace("attacker: {device: laptop, does: strip-starttls}",
                "attacker: [{device: laptop, does: strip-starttls}, {device: phone, does: eavesdrop}]");
        assertThat(ScenarioLoader.load("two.yaml", twoAttackers).server().attackers()).containsExactly(
                new ServerSpec.Attacker("laptop", ServerSpec.AttackKind.STRIP_STARTTLS),
                new ServerSpec.Attacker("phone", ServerSpec.AttackKind.EAVESDROP));
    }

    @Test
    void eachDeviceHasAtMostOneAttackerAndOnlyDevicesOfTheScenarioHaveOne() {
        String twice = GOOD.replace("attacker: {device: laptop, does: strip-starttls}",
                "attacker: [{device: laptop, does: strip-starttls}, {device: laptop, does: eavesdrop}, {device: tablet, does: eavesdrop}]");
        assertThatThrownBy(() -> ScenarioLoader.load("twice.yaml", twice))
                .isInstanceOfSatisfying(YamlException.class, e -> assertThat(e.problems()).extracting(YamlProblem::toString).containsExactly(
                        "twice.yaml:15:63: the path of 'laptop' already has an attacker; give each device at most one",
                        "twice.yaml:15:98: no device 'tablet' in this scenario; devices: phone, laptop"));
    }

    @Test
    void actionPhrasesAreForgivingAboutCaseAndSpacing() {
        assertThat(ActionParser.parse("Move  message 3 to Archive")).contains(new Action.Move(3, "Archive"));
        assertThat(ActionParser.parse("mark 2 as unread")).contains(new Action.MarkRead(2, false));
        assertThat(ActionParser.parse("wait 30 minutes")).contains(new Action.Wait(java.time.Duration.ofMinutes(30)));
        assertThat(ActionParser.parse("search for \"invoice\"")).contains(new Action.Search("invoice"));
        assertThat(ActionParser.parse("dance")).isEmpty();
    }

    /** Found by LoaderFuzzTest: a number too large for its action was a NumberFormatException, not a problem. */
    @Test
    void aNumberTooLargeForItsActionIsAProblemAtItsPlace() {
        String digits = "5".repeat(40);
        for (String[] c : new String[][] {
                {"open message " + digits, "message number " + digits + " is too large; a message number is at most 2147483647"},
                {"wait " + digits + " days", "'wait " + digits + " days' is too long; a step waits at most 366 days"},
                {"wait 31622401 seconds", "'wait 31622401 seconds' is too long; a step waits at most 31622400 seconds (366 days)"}}) {
            String text = GOOD.replace("do: open message 1", "do: " + c[0]);
            int line = text.lines().toList().indexOf("    do: " + c[0]) + 1;
            assertThatThrownBy(() -> ScenarioLoader.load("huge.yaml", text))
                    .isInstanceOfSatisfying(YamlException.class, e -> assertThat(e.problems()).extracting(YamlProblem::toString)
                            .containsExactly("huge.yaml:" + line + ":9: " + c[1]));
        }
        assertThat(ActionParser.parse("wait 366 days")).contains(new Action.Wait(java.time.Duration.ofDays(366)));
        assertThat(ActionParser.parse("open message 0002147483647")).contains(new Action.OpenMessage(Integer.MAX_VALUE));
    }
}
