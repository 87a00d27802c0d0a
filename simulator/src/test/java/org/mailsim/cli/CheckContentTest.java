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

/** {@code mailsim check} on content: planted mistakes are each reported with file and line. */
class CheckContentTest {
    @TempDir
    Path folder;

    private record Run(int exitCode, String output) { }

    private static Run mailsim(String... args) {
        StringWriter out = new StringWriter();
        var cli = MailsimCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        int code = cli.execute(args);
        return new Run(code, out.toString());
    }

    /** GOOD with a wrong section, a correct option twice as long as the other, and a retired exam code. */
    private Path plantedQuestions() throws Exception {
        String text = QuestionValidationTest.GOOD
                .replace("{text: IMAP, correct: true, why: \"Port 143 is IMAP (RFC 3501 §2.1).\"}",
                        "{text: IMAP (on its own port), correct: true, why: \"IN-USE is RFC 2449 §8.1.3.\"}")
                .replace("{text: POP3, why: \"POP3 has port 110 (RFC 1939 §3).\"}",
                        "{text: POP3 on 143, why: \"The old 220-1102 objectives said so.\"}");
        Path file = folder.resolve("planted.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aWrongSectionALongCorrectOptionAndARetiredExamAreEachReportedWithFileAndLine() throws Exception {
        Path file = plantedQuestions();
        String text = Files.readString(file);
        Run run = mailsim("check", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output())
                .contains(file + ":" + at(text, "RFC 2449") + ": citation RFC 2449 §8.1.3 does not exist; RFC 2449 has §8.1.1 The LOGIN-DELAY response code, "
                        + "§8.1.2 The IN-USE response code")
                .contains(file + ":" + at(text, "220-1102") + ": retired exam code 220-1102")
                .contains(file + ":" + at(text, "ports-imap-143") + ": warning: the correct option is 2.0 times as long as the longest wrong one (22 vs 11 characters)")
                .contains("correct option strictly longest in 1 (100 %, limit 30 %)");
    }

    @Test
    void aScenarioIsCheckedAlikeWithTheLineOfAFoldedValue() throws Exception {
        String sentence = "  so every other device shows it read too.\n";
        assertThat(ScenarioLoaderTest.goodScenario()).contains(sentence);
        String text = ScenarioLoaderTest.goodScenario().replace(sentence,
                "  so every other device shows it read too. POP3 locks the maildrop (RFC 1939\n  §8.9), says the 220-1101 guide.\n");
        Path file = folder.resolve("scenario.yaml");
        Files.writeString(file, text);
        Run run = mailsim("check", file.toString());
        assertThat(run.output()).contains(file + ":" + at(text, "RFC 1939") + ": citation RFC 1939 §8.9 does not exist")
                .contains(file + ":" + at(text, "220-1101") + ": retired exam code 220-1101")
                .contains("1 file checked: 1 OK");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void citationsListsEachWithTheCitedSectionsTitleBesideItsSentence() throws Exception {
        Path file = folder.resolve("q.yaml");
        String text = QuestionValidationTest.GOOD.replace("Port 143 is IMAP (RFC 3501 §2.1).", "A second device gets IN-USE (RFC 2449 §8.1.1).");
        Files.writeString(file, text);
        Run run = mailsim("check", "--citations", file.toString());
        assertThat(run.output()).contains(file + ":" + at(text, "RFC 2449") + ": RFC 2449 §8.1.1 The LOGIN-DELAY response code\n"
                + "    A second device gets IN-USE (RFC 2449 §8.1.1).\n");
        assertThat(run.output()).contains(file + ":" + at(text, "RFC 1939") + ": RFC 1939 §3 Basic Operation\n    POP3 has port 110 (RFC 1939 §3).\n");
        assertThat(run.output()).contains(file + ":" + at(text, "RFC 3501 §2.1\"") + ": RFC 3501 §2.1 Link Level\n"
                + "    (reference of question ports-imap-143: Which protocol listens on TCP port 143?)\n");
        assertThat(run.output()).contains("3 citations, 0 unresolved.");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void citationsFailsOnOneThatDoesNotResolve() throws Exception {
        Run run = mailsim("check", "--citations", plantedQuestions().toString());
        assertThat(run.output()).contains("NOT IN THE INDEX: RFC 2449 §8.1.3 does not exist").contains("1 unresolved.");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void citationsOfAMissingPathSaysSo() {
        Run run = mailsim("check", "--citations", folder.resolve("nope").toString());
        assertThat(run.output()).contains("nope: no such file or folder");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void theHelpStatesTheLimitsWithoutAFormattingWarning() {
        Run run = mailsim("check", "--help");
        assertThat(run.output()).contains("at most 30 % of the choice and transcript questions", "--citations");
    }

    /** "line:column" of the first {@code needle} in {@code text}, both 1-based. */
    private static String at(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        return line + ":" + (before.length() - before.lastIndexOf('\n'));
    }
}
