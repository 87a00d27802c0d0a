package org.mailsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailsim.scenario.ScenarioLoaderTest;

class CheckCommandTest {
    @TempDir
    Path folder;

    private record Run(int exitCode, String output) { }

    private Run check(String... args) {
        StringWriter out = new StringWriter();
        var cli = MailsimCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        int code = cli.execute(prepend(args));
        return new Run(code, out.toString());
    }

    private static String[] prepend(String[] args) {
        String[] all = new String[args.length + 1];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    @Test
    void goodFilesPassAndBadOnesAreReportedWithoutHidingTheOthers() throws Exception {
        Files.writeString(folder.resolve("good.yaml"), ScenarioLoaderTest.goodScenario());
        Files.writeString(folder.resolve("bad.yaml"), "id: bad\ntitle: Bad\nsummary: x\nobjectives: []\naccounts: []\ndevices: []\nsteps: []\n");
        Files.writeString(folder.resolve("notes.txt"), "not a scenario");
        Run run = check(folder.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains(folder.resolve("bad.yaml") + ":1:1: a scenario needs 'objectives'")
                .contains("2 files checked: 1 OK, 1 with problems");
        assertThat(run.output()).doesNotContain("good.yaml:");
    }

    @Test
    void aCopiedFileWithTheSameIdIsCaught() throws Exception {
        Files.writeString(folder.resolve("a.yaml"), ScenarioLoaderTest.goodScenario());
        Files.writeString(folder.resolve("b.yaml"), ScenarioLoaderTest.goodScenario());
        Run run = check(folder.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("b.yaml:1:1: the id 'read-on-phone' is already used by");
    }

    @Test
    void allGoodExitsZero() throws Exception {
        Path file = folder.resolve("good.yaml");
        Files.writeString(file, ScenarioLoaderTest.goodScenario());
        Run run = check(file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("1 file checked: 1 OK, 0 with problems");
    }

    @Test
    void aMissingPathIsSaidPlainly() {
        Run run = check(folder.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("nope: no such file or folder");
    }
}
