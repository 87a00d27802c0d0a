package org.mailsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {
    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) { }

    /** A scenario whose one check cannot hold: the phone finds an empty inbox, not 5 messages. */
    private static final String FAILING_SCENARIO = """
            id: failing
            title: Expects the impossible
            summary: A check that cannot hold.
            objectives: [{exam: N10-009, objective: "1.4"}]
            accounts: [{login: alice}]
            devices: [{name: phone, protocol: imap, port: 993, security: tls}]
            steps:
              - device: phone
                do: check mail
                expect:
                  - device_shows: {device: phone, messages: 5}
            """;

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = MailsimCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    @Test
    void listShowsIdTitleAndObjectives() {
        Run run = run("list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("imap-phone-and-laptop", "One mailbox, two devices (IMAP)", "A+ 220-1201 2.1");
    }

    @Test
    void replayPrintsEveryStepAsPlainTextWhenNotATerminal() {
        Run run = run("replay", "imap-phone-and-laptop");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("== Step 2: phone — checks mail ==", "C: A3 SELECT INBOX", "S: * 3 EXISTS",
                "✓ phone shows 3 messages, 3 unread", "expectations held.").doesNotContain("\u001b[");
    }

    @Test
    void oneStepAsMarkdownOrTheWholeTimelineAsJson() {
        Run step = run("replay", "imap-phone-and-laptop", "--format", "markdown", "--step", "5");
        assertThat(step.out()).contains("## Step 5: phone — opens message 1", "C: A6 UID FETCH 1 (BODY[])").doesNotContain("## Step 4");
        Run json = run("replay", "imap-phone-and-laptop", "--format", "json");
        assertThat(json.out()).startsWith("{").contains("\"format\" : \"mailsim-timeline/1\"", "\"passed\" : true");
    }

    @Test
    void unknownIdsStepsAndBrokenFilesAreExplained() {
        assertThat(run("replay", "no-such-scenario").err()).contains("No scenario with the id 'no-such-scenario'", "mailsim list");
        assertThat(run("replay", "imap-phone-and-laptop", "--step", "99").err()).contains("Step 99 does not exist", "steps 1 to 11");
    }

    @Test
    void aBrokenFileGivesItsProblemsAndAFailingExpectationExitsWithOne() throws Exception {
        Path broken = folder.resolve("broken.yaml");
        Files.writeString(broken, "id: x\n");
        Run bad = run("replay", broken.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains(broken + ":1:1: a scenario needs 'title'");

        Path failing = folder.resolve("failing.yaml");
        Files.writeString(failing, FAILING_SCENARIO);
        Run run = run("replay", failing.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("✗ phone shows 5 messages — phone: expected 5 messages, it shows 0", "1 of 1 expectations failed.");
    }

    @Test
    void replayAllGivesOneLinePerScenarioAndTheCpuItTook() {
        Run run = run("replay", "--all");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("✓ imap-phone-and-laptop", "11 steps, ", "checks held", "✓ untrusted-certificate")
                .containsPattern("\\n20 scenarios, \\d+ steps replayed in \\d+\\.\\d\\d s of CPU: every check held\\.\\n")
                .doesNotContain("\u001b[");
        assertThat(run.out().lines().filter(l -> l.startsWith("✓ "))).hasSize(20);
    }

    @Test
    void replayAllNamesTheScenarioThatFailedAndTheFileThatDidNotLoad() throws Exception {
        Files.writeString(folder.resolve("failing.yaml"), FAILING_SCENARIO);
        Files.writeString(folder.resolve("broken.yaml"), "id: broken\n");
        Run run = run("replay", "--all", "--scenarios", folder.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("✗ failing", "1 of 1 checks failed, first: phone shows 5 messages — phone: expected 5 messages, it shows 0",
                "broken.yaml  not loaded: ", "'mailsim check' lists them", "1 with failed checks, 1 not loaded.");
    }

    @Test
    void replayWantsEitherAScenarioOrAll() {
        Run neither = run("replay");
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("Which scenario?", "--all");
        Run both = run("replay", "--all", "imap-phone-and-laptop");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("either a scenario or --all, not both");
    }
}
