package org.mailsim.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailsim.net.ExamPortName;
import org.mailsim.scenario.Exam;

/**
 * The real bank, {@code exam-questions/}, as the jar packages it: every file loads without a
 * problem, so every reference resolves, every transcript excerpt matches the current replay of
 * its scenario step, every port fact agrees with the port table, and every configure task's
 * model answer passes when run.
 */
class QuestionBankTest {
    private static QuestionBank bank;

    @BeforeAll
    static void load() {
        bank = QuestionBank.load(Optional.empty(), Fixtures.SCENARIOS);
    }

    @Test
    void theBuiltInBankHasNoProblems() {
        assertThat(bank.files()).isNotEmpty().allMatch(f -> f.startsWith("exam-questions/") && f.endsWith(".yaml")); // not the schema
        assertThat(bank.problems()).map(Object::toString).isEmpty();
    }

    @Test
    void bankHoldsAtLeast120Questions() {
        assertThat(bank.questions().size()).as("questions in %s", bank.files()).isGreaterThanOrEqualTo(120);
    }

    @Test
    void theBankHasAtLeastEightConfigureTasks() {
        assertThat(bank.questions()).filteredOn(q -> q instanceof ConfigureTask).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void anExtraFolderAddsItsQuestions() {
        QuestionBank withFixtures = QuestionBank.load(Optional.of(Fixtures.folder()), Fixtures.SCENARIOS);
        assertThat(withFixtures.questions()).hasSize(bank.questions().size() + 6);
        assertThat(withFixtures.byId("fixture-matching-ports")).isPresent();
        assertThat(withFixtures.byId("no-such-question")).isEmpty();
    }

    @Test
    void aMissingExtraFolderIsAProblemNotACrash() {
        QuestionBank missing = QuestionBank.load(Optional.of(Fixtures.folder().resolve("nope")), Fixtures.SCENARIOS);
        assertThat(missing.problems()).map(Object::toString).containsExactly(Fixtures.folder().resolve("nope") + ":1:1: no such folder");
        assertThat(missing.questions()).hasSameSizeAs(bank.questions());
    }

    @Test
    void everyExamNamedInThePortTableIsAnExamQuestionsCanName() {
        assertThat(Arrays.stream(ExamPortName.values()).map(ExamPortName::exam).distinct())
                .allMatch(code -> Exam.spellings().containsKey(code.toLowerCase(java.util.Locale.ROOT)));
        assertThat(ExamPortName.find("N10-009", "smtps")).hasValueSatisfying(n -> assertThat(n.port()).isEqualTo(587));
    }
}
