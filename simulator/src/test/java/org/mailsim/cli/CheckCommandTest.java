package org.mailsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailsim.quiz.QuestionValidationTest;
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

    @Test
    void aFileWithQuestionsIsCheckedAsAQuestionFile() throws Exception {
        Path file = folder.resolve("my-questions.yaml");
        Files.writeString(file, QuestionValidationTest.GOOD.replace("step: 2}", "step: 40}"));
        Run run = check(file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains(file + ":14:16: scenario imap-phone-and-laptop has 11 steps, so there is no step 40")
                .contains("1 file checked: 0 OK, 1 with problems (1 problem).")
                .contains("0 questions loaded from 1 question file.");
    }

    @Test
    void aFolderCalledExamQuestionsHoldsQuestionFilesAndScenariosAndQuestionsMayBeCheckedTogether() throws Exception {
        Path bank = Files.createDirectory(folder.resolve("exam-questions"));
        Files.writeString(bank.resolve("ports.yaml"), QuestionValidationTest.GOOD);
        Files.copy(Path.of("../exam-questions/question.schema.json"), bank.resolve("question.schema.json")); // beside them, not one of them
        Path scenario = folder.resolve("scenario.yaml");
        Files.writeString(scenario, ScenarioLoaderTest.goodScenario());
        Run run = check(bank.toString(), scenario.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("2 files checked: 2 OK, 0 with problems (0 problems).", "1 question loaded from 1 question file.");
    }

    @Test
    void questionsMayReferenceTheScenariosOfAnInstructorsFolder() throws Exception {
        Path scenarios = Files.createDirectory(folder.resolve("scenarios"));
        Files.writeString(scenarios.resolve("mine.yaml"), ScenarioLoaderTest.goodScenario());
        Path questions = folder.resolve("q.yaml");
        Files.writeString(questions, QuestionValidationTest.GOOD.replace("scenario: imap-phone-and-laptop, step: 2", "scenario: read-on-phone"));
        assertThat(check(questions.toString()).output()).contains("there is no scenario 'read-on-phone'");
        Run run = check("--scenarios", scenarios.toString(), questions.toString());
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void withNoPathTheBuiltInScenariosAndQuestionsAreChecked() {
        Run run = check();
        assertThat(run.output()).containsPattern("\\d+ questions? loaded from \\d+ question files?\\.");
        assertThat(run.output()).contains("0 with problems");
        assertThat(run.output()).containsPattern("\\d+ RFC citations checked: 0 unresolved\\.")
                .contains("Answer-length cues over");
    }

    @Test
    void withNoPathTheBuiltInContentPasses() {
        assertThat(check().exitCode()).isZero();
    }

    @Test
    void theHelpSaysQuestionFilesAreChecked() {
        assertThat(check("--help").output()).contains("question files", "questions:");
    }
}
