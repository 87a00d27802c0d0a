package org.mailsim.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.quiz.Fixtures.problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of malformed question file gives its problem at file:line:column, and good questions still load. */
public class QuestionValidationTest {
    /** A valid single-choice question; tests replace one line. Line 2 is "- id:", line 9 "stem:". */
    public static final String GOOD = """
            questions:
              - id: ports-imap-143
                type: single
                topic: ports-and-protocols
                difficulty: beginner
                objectives:
                  - {exam: A+ 220-1201, objective: "2.1"}
                stem: Which protocol listens on TCP port 143?
                ports:
                  - {port: 143, service: IMAP}
                options:
                  - {text: IMAP, correct: true, why: "Port 143 is IMAP (RFC 3501 §2.1)."}
                  - {text: POP3, why: "POP3 has port 110 (RFC 1939 §3)."}
                reference: {rfc: "RFC 3501 §2.1", scenario: imap-phone-and-laptop, step: 2}
            """;

    private static List<String> with(String from, String to) {
        assertThat(GOOD).contains(from);
        return problems(GOOD.replace(from, to));
    }

    @Test
    void theGoodQuestionHasNoProblems() {
        QuestionBank bank = QuestionBank.loadFile("q.yaml", GOOD, Fixtures.SCENARIOS);
        assertThat(bank.problems()).isEmpty();
        assertThat(bank.byId("ports-imap-143")).containsInstanceOf(SingleChoice.class);
    }

    @Test
    void beyondExamIsReadAndLabelledWithTheFirstObjective() {
        assertThat(QuestionBank.loadFile("q.yaml", GOOD, Fixtures.SCENARIOS).byId("ports-imap-143").orElseThrow().info())
                .satisfies(info -> assertThat(info.beyondExam()).isFalse())
                .satisfies(info -> assertThat(info.beyondExamLabel()).isEmpty());
        QuestionBank marked = QuestionBank.loadFile("q.yaml", GOOD.replace("    difficulty: beginner\n", "    difficulty: beginner\n    beyond_exam: true\n"),
                Fixtures.SCENARIOS);
        assertThat(marked.problems()).isEmpty();
        QuestionInfo info = marked.byId("ports-imap-143").orElseThrow().info();
        assertThat(info.beyondExam()).isTrue();
        assertThat(info.beyondExamLabel()).contains("Beyond the exam: deeper than A+ 220-1201 objective 2.1 asks");
        assertThat(with("    difficulty: beginner\n", "    difficulty: beginner\n    beyond_exam: maybe\n"))
                .containsExactly("q.yaml:6:18: 'beyond_exam' should be true or false, not 'maybe'");
    }

    @Test
    void aRetiredExamOrAnObjectiveNumberNotKnownIsReportedWhereItStands() {
        assertThat(with("{exam: A+ 220-1201, objective: \"2.1\"}", "{exam: A+ 220-1102, objective: \"3.2\"}")).containsExactly(
                "q.yaml:7:16: A+ 220-1102 is retired; map the question to a current exam (A+ 220-1201, A+ 220-1202, N10-009, SY0-701)");
        assertThat(with("objective: \"2.1\"", "objective: \"2.10\"")).containsExactly(
                "q.yaml:7:40: A+ 220-1201 objective 2.10 is not one mailsim knows (known: 1.3, 2.1); add it with its published title to ObjectiveTitles first");
        assertThat(QuestionBank.loadFile("q.yaml", GOOD, Fixtures.SCENARIOS).byId("ports-imap-143").orElseThrow().info().objectives().get(0).title())
                .contains("Compare and contrast Transmission Control Protocol (TCP) and User Datagram Protocol (UDP) ports, protocols, and their purposes");
    }

    @Test
    void anUnknownFieldIsNamedWithTheNearestKnownOne() {
        assertThat(with("    stem:", "    stme:")).contains(
                "q.yaml:8:5: unknown key 'stme' in question ports-imap-143; did you mean 'stem'?",
                "q.yaml:2:5: question ports-imap-143 needs 'stem'");
    }

    @Test
    void aMissingFieldIsNamed() {
        assertThat(with("    topic: ports-and-protocols\n", "")).containsExactly(
                "q.yaml:2:5: question ports-imap-143 needs 'topic': one of imap-vs-pop3, mobile-setup, multi-device-sync, "
                        + "ports-and-protocols, reading-the-wire, smtp-and-submission, tls-and-security, troubleshooting");
        assertThat(with("    reference: {rfc: \"RFC 3501 §2.1\", scenario: imap-phone-and-laptop, step: 2}\n", "")).containsExactly(
                "q.yaml:2:5: question ports-imap-143 needs 'reference': {rfc: \"RFC 3501 §6.4.3\"} and/or {scenario: ID, step: N}");
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        assertThat(with("    options:\n", "    options: IMAP\n    unused:\n")).contains(
                "q.yaml:11:14: an option should be a mapping (key: value lines), but is a single value");
        assertThat(with("correct: true, why", "correct: maybe, why")).contains(
                "q.yaml:12:31: 'correct' should be true or false, not 'maybe'");
        assertThat(with("    stem: Which protocol listens on TCP port 143?", "    stem: [a, b]")).contains(
                "q.yaml:8:11: 'stem' should be a single value, but is a list (lines starting with -)");
    }

    @Test
    void aBadIdIsRefused() {
        assertThat(with("id: ports-imap-143", "id: Ports_IMAP")).containsExactly(
                "q.yaml:2:9: 'id' should be lower-case letters, digits and hyphens, like ports-imap-143, not 'Ports_IMAP'");
    }

    @Test
    void aDuplicateIdAcrossFilesIsReportedAtTheSecondUse(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("a.yaml"), GOOD);
        Files.writeString(folder.resolve("b.yaml"), GOOD);
        QuestionBank bank = QuestionBank.ofFolder(folder, Fixtures.SCENARIOS);
        assertThat(bank.problems()).map(Object::toString).containsExactly(
                folder.resolve("b.yaml") + ":2:9: the id 'ports-imap-143' is already used at " + folder.resolve("a.yaml") + ":2:9");
        assertThat(bank.questions()).hasSize(1);
    }

    @Test
    void unknownTopicDifficultyTypeExamAndObjectiveFormatAreRefused() {
        assertThat(with("topic: ports-and-protocols", "topic: ports")).containsExactly(
                "q.yaml:4:12: 'topic' should be one of imap-vs-pop3, mobile-setup, multi-device-sync, ports-and-protocols, "
                        + "reading-the-wire, smtp-and-submission, tls-and-security, troubleshooting, not 'ports'");
        assertThat(with("difficulty: beginner", "difficulty: easy")).containsExactly(
                "q.yaml:5:17: 'difficulty' should be one of advanced, beginner, intermediate, not 'easy'");
        assertThat(with("type: single", "type: essay")).containsExactly(
                "q.yaml:3:11: 'type' should be one of configure, matching, multiple, ordering, single, transcript, not 'essay'");
        assertThat(with("exam: A+ 220-1201", "exam: CCNA")).singleElement().asString()
                .startsWith("q.yaml:7:16: 'exam' should be one of ").endsWith(", not 'CCNA'");
        assertThat(with("objective: \"2.1\"", "objective: \"two\"")).containsExactly(
                "q.yaml:7:40: 'objective' should be a number like 2.1, not 'two'");
    }

    @Test
    void aSingleChoiceNeedsExactlyOneCorrectOptionAndAMultipleTwoOrMore() {
        assertThat(with("{text: POP3, why", "{text: POP3, correct: true, why")).containsExactly(
                "q.yaml:12:7: a single-answer question needs exactly one option with correct: true, not 2");
        assertThat(with("type: single", "type: multiple")).containsExactly(
                "q.yaml:12:7: a multiple-select question needs two or more options with correct: true, not 1");
    }

    @Test
    void everyOptionNeedsWhy() {
        assertThat(with(", why: \"POP3 has port 110 (RFC 1939 §3).\"}", "}")).containsExactly(
                "q.yaml:13:9: an option needs 'why': why it is right, or why it is wrong");
    }

    @Test
    void optionsOrderingItemsAndMatchingPairsHaveSizeLimits() {
        assertThat(with("      - {text: POP3, why: \"POP3 has port 110 (RFC 1939 §3).\"}\n", "")).containsExactly(
                "q.yaml:12:7: 'options' should hold 2 to 6 options, not 1");
        String ordering = GOOD.replace("type: single", "type: ordering").replace("    options:", "    items:")
                .replace("{text: IMAP, correct: true,", "{text: IMAP,");
        assertThat(problems(ordering)).containsExactly("q.yaml:12:7: 'items' should hold 3 to 8, not 2");
        String matching = GOOD.replace("type: single", "type: matching").replace("    options:", "    pairs:")
                .replace("{text: IMAP, correct: true,", "{left: \"143\", right: IMAP,").replace("{text: POP3,", "{left: \"110\", right: POP3,")
                .replace("    ports:\n      - {port: 143, service: IMAP}\n", "    ports:\n      - {port: 143, service: IMAP}\n      - {port: 110, service: POP3}\n");
        assertThat(problems(matching)).containsExactly("q.yaml:13:7: 'pairs' should hold 3 to 8, not 2");
    }

    @Test
    void aReferencedScenarioOrStepThatDoesNotExistIsReported() {
        assertThat(with("scenario: imap-phone-and-laptop, step: 2", "scenario: imap-phone-and-tablet")).containsExactly(
                "q.yaml:14:16: there is no scenario 'imap-phone-and-tablet' (mailsim list shows them)");
        assertThat(with("step: 2}", "step: 40}")).containsExactly(
                "q.yaml:14:16: scenario imap-phone-and-laptop has 11 steps, so there is no step 40");
        assertThat(with("{rfc: \"RFC 3501 §2.1\", scenario: imap-phone-and-laptop, step: 2}", "{step: 2}")).containsExactly(
                "q.yaml:14:16: 'reference' needs 'rfc' or 'scenario' (or both)",
                "q.yaml:14:23: 'step' needs 'scenario': the scenario it is a step of");
    }

    @Test
    void aTranscriptExcerptThatDoesNotMatchTheReplayIsReported() {
        String transcript = """
                questions:
                  - id: expunge-lines
                    type: transcript
                    topic: reading-the-wire
                    difficulty: advanced
                    objectives: [{exam: A+ 220-1201, objective: "2.1"}]
                    stem: What happened?
                    excerpt:
                      scenario: imap-delete-vs-expunge
                      step: 11
                      device: phone
                      lines:
                        - "C: A11 NOOP"
                        - "S: * 2 EXPUNGE"
                        - "S: * 4 EXPUNGE"
                    options:
                      - {text: Two messages were removed, correct: true, why: "Each * n EXPUNGE removes one (RFC 3501 §7.4.1)."}
                      - {text: Nothing, why: "EXPUNGE lines report removals."}
                """;
        assertThat(problems(transcript)).containsExactly("q.yaml:15:11: the excerpt no longer matches the replay of step 11 of "
                + "imap-delete-vs-expunge (phone): after 2 matching lines, 'S: * 4 EXPUNGE' is not the next line the replay prints");
        assertThat(problems(transcript.replace("S: * 4 EXPUNGE", "S: * 3 EXPUNGE"))).isEmpty();
        assertThat(problems(transcript.replace("device: phone", "device: tablet").replace("S: * 4", "S: * 3"))).containsExactly(
                "q.yaml:9:7: device 'tablet' has no exchange in step 11 of imap-delete-vs-expunge");
        assertThat(problems(transcript.replace("S: * 4 EXPUNGE", "* 3 EXPUNGE"))).contains(
                "q.yaml:15:11: each excerpt line starts with 'C: ', 'S: ', 'C| ', 'S| ' or '[TLS', as mailsim replay prints them; not '* 3 EXPUNGE'");
    }

    @Test
    void portFactsAreCheckedAgainstThePortTable() {
        assertThat(with("{port: 143, service: IMAP}", "{port: 143, service: IMAPS}")).containsExactly(
                "q.yaml:10:16: the port table gives IMAPS port 993, not 143");
        assertThat(with("{port: 143, service: IMAP}", "{port: 143, service: IMAP4}")).containsExactly(
                "q.yaml:10:30: 'IMAP4' is not a name in the port table (IMAP, IMAPS, POP3, POP3S, SMTP, SUBMISSION, SUBMISSIONS); "
                        + "for an exam's own name write exam: and name:");
        assertThat(with("{port: 143, service: IMAP}", "{port: 143, exam: N10-009, name: SMTPS}")).containsExactly(
                "q.yaml:10:16: N10-009 gives SMTPS port 587, not 143");
        assertThat(with("{port: 143, service: IMAP}", "{port: 143, exam: SY0-701, name: IMAP}")).containsExactly(
                "q.yaml:10:42: SY0-701 has no port called 'IMAP' in the port table; it names no mail ports");
    }

    @Test
    void theExamsOwnNameIsAcceptedForItsPort() {
        String smtps = GOOD.replace("Which protocol listens on TCP port 143?", "Which port does N10-009 call SMTPS?")
                .replace("{port: 143, service: IMAP}", "{port: 587, exam: N10-009, name: SMTPS}")
                .replace("{text: IMAP,", "{text: \"587\",").replace("{text: POP3,", "{text: \"465\",")
                .replace("    ports:\n", "    ports:\n      - {port: 465, service: SUBMISSIONS}\n");
        assertThat(problems(smtps)).isEmpty();
    }

    @Test
    void anExamKeyNamesAnExamOfTheQuestionsObjectives() {
        String keyed = GOOD.replace("    ports:\n", "    exam_key: {exam: N10-009, rfc_facts: The RFCs agree.}\n    ports:\n");
        assertThat(problems(keyed)).containsExactly("q.yaml:9:15: 'exam_key' names N10-009, but none of the question's objectives is of that exam");
        assertThat(problems(keyed.replace("exam: A+ 220-1201, objective: \"2.1\"", "exam: N10-009, objective: \"1.4\""))).isEmpty();
    }

    @Test
    void everyMailPortNumberMentionedMustBeListed() {
        assertThat(with("Which protocol listens on TCP port 143?", "Which protocol listens on TCP port 143, and which on 995?"))
                .containsExactly("q.yaml:10:7: the question mentions port 995 but 'ports' does not list it; add {port: 995, service: POP3S}");
        assertThat(with("{text: POP3, why", "{text: POP3 on 110, why")).containsExactly(
                "q.yaml:10:7: the question mentions port 110 but 'ports' does not list it; add {port: 110, service: POP3}");
        // Numbers inside RFC section numbers or other numbers are not ports.
        assertThat(with("Which protocol listens on TCP port 143?", "Which protocol listens on TCP port 143 (RFC 3501 §2.5, 1143)?")).isEmpty();
    }

    @Test
    void notYamlAtAllIsReportedAtItsPosition() {
        assertThat(problems("questions:\n  - id: [unclosed\n")).singleElement().asString().isEqualTo(
                "q.yaml:2:18: this is not valid YAML: while parsing a flow sequence: expected ',' or ']', but got <stream end>");
        assertThat(problems("- just a list\n")).containsExactly("q.yaml:1:1: a question file should be a mapping (key: value lines), but is a "
                + "list (lines starting with -)", "q.yaml:1:1: a question file needs 'questions:', a list of questions");
    }

    @Test
    void aBadQuestionDoesNotTakeTheOthersDown() {
        String two = GOOD + GOOD.replace("questions:\n", "").replace("id: ports-imap-143", "id: second").replace("topic: ports-and-protocols", "topic: x");
        QuestionBank bank = QuestionBank.loadFile("q.yaml", two, Fixtures.SCENARIOS);
        assertThat(bank.questions()).extracting(Question::id).containsExactly("ports-imap-143");
        assertThat(bank.problems()).hasSize(1);
    }

    @Test
    void aConfigureTaskWhoseModelAnswerFailsIsReported() {
        String task = """
                questions:
                  - id: configure-bad-model
                    type: configure
                    topic: mobile-setup
                    difficulty: beginner
                    objectives: [{exam: A+ 220-1201, objective: "1.3"}]
                    stem: Set up the phone and the laptop.
                    situation: {devices: [phone, laptop], require_encryption: true}
                    answer:
                      incoming: {type: pop3, server: mail.mailsim.test, port: 995, security: tls}
                      outgoing: {server: mail.mailsim.test, port: 587, security: starttls, auth: true}
                    why: POP3 on 995.
                    reference: {rfc: "RFC 1939 §6"}
                """;
        assertThat(problems(task)).singleElement().asString().startsWith("q.yaml:10:7: the model answer does not pass when run: The phone "
                + "downloaded the messages with POP3 and deleted them").endsWith("(S: +OK 0 0)");
        assertThat(problems(task.replace("security: tls}", "security: tls, leave_on_server: true}"))).isEmpty();
        assertThat(problems(task.replace("    situation: {devices: [phone, laptop], require_encryption: true}\n", ""))).containsExactly(
                "q.yaml:2:5: question configure-bad-model needs 'situation': {devices: [phone, laptop], require_encryption: true, send: true}");
        assertThat(problems(task.replace("security: starttls", "security: ssl-please"))).containsExactly(
                "q.yaml:11:66: 'security' should be none, starttls or tls (SSL/TLS), not 'ssl-please'");
    }

    @Test
    void aTypeOnlyAcceptsItsOwnFields() {
        assertThat(with("type: single", "type: ordering")).contains(
                "q.yaml:11:5: unknown key 'options' in question ports-imap-143; allowed here: beyond_exam, difficulty, exam_key, id, items, objectives, "
                        + "ports, reference, stem, topic, type",
                "q.yaml:2:5: question ports-imap-143 needs 'items': 3 to 8 of {text, why} in the right order");
    }

    @Test
    void theReferenceOfATranscriptDefaultsToItsExcerpt() {
        QuestionBank bank = Fixtures.everyType();
        TranscriptQuestion q = (TranscriptQuestion) bank.byId("fixture-transcript-expunge").orElseThrow();
        assertThat(q.info().reference()).isEqualTo(new Reference(Optional.of("RFC 3501 §7.4.1"), Optional.of("imap-delete-vs-expunge"),
                Optional.of(11)));
        assertThat(q.info().reference().playerPath()).contains("/scenarios/imap-delete-vs-expunge/steps/11");
    }
}
