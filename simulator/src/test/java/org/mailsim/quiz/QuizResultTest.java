package org.mailsim.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Score, partial credit, per-objective and per-topic breakdown, and the wrong answers. */
class QuizResultTest {
    private final List<QuizItem> items = QuizComposer.compose(Fixtures.everyType(), QuizSpec.any(6, 3)).items();

    private QuizItem item(String id) {
        return items.stream().filter(i -> i.question().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void countsRightAnswersAndBreaksThemDownByObjectiveAndTopic() {
        Map<String, Grade> grades = Map.of(
                "fixture-single-imap-143", Grader.grade(item("fixture-single-imap-143").question(), new Answer.Choice(Set.of(0))),
                "fixture-multiple-implicit-tls", Grader.grade(item("fixture-multiple-implicit-tls").question(), new Answer.Choice(Set.of(0))),
                "fixture-ordering-pop3-states", Grader.grade(item("fixture-ordering-pop3-states").question(), new Answer.Order(List.of(0, 1, 2))));
        QuizResult result = QuizResult.of(items, grades);

        assertThat(result.right()).isEqualTo(2);
        assertThat(result.total()).isEqualTo(6);
        assertThat(result.partial()).isEqualTo(2.5);   // 1 + 0.5 + 1; unanswered give 0
        assertThat(result.byObjective()).containsExactly(
                new Breakdown("A+ 220-1201 1.3", 0, 1),
                new Breakdown("A+ 220-1201 2.1", 2, 3),
                new Breakdown("N10-009 1.4", 0, 2),
                new Breakdown("SY0-701 4.5", 0, 1));
        assertThat(result.byTopic()).containsExactly(
                new Breakdown("ports-and-protocols", 1, 2),
                new Breakdown("imap-vs-pop3", 1, 1),
                new Breakdown("tls-and-security", 0, 1),
                new Breakdown("mobile-setup", 0, 1),
                new Breakdown("reading-the-wire", 0, 1));
    }

    @Test
    void wrongAndUnansweredQuestionsAreListedInQuizOrderWithTheirGrade() {
        Grade wrong = Grader.grade(item("fixture-single-imap-143").question(), new Answer.Choice(Set.of(2)));
        QuizResult result = QuizResult.of(items, Map.of("fixture-single-imap-143", wrong));
        assertThat(result.wrong()).hasSize(6);
        assertThat(result.wrong()).extracting(QuizResult.WrongAnswer::item).containsExactlyElementsOf(items);
        QuizResult.WrongAnswer single = result.wrong().stream().filter(w -> w.item().question().id().equals("fixture-single-imap-143"))
                .findFirst().orElseThrow();
        assertThat(single.grade()).contains(wrong);
        assertThat(result.wrong()).filteredOn(w -> w.grade().isEmpty()).hasSize(5);
    }

    @Test
    void anEmptyQuizScoresZero() {
        QuizResult result = QuizResult.of(List.of(), Map.of());
        assertThat(result.right()).isZero();
        assertThat(result.byObjective()).isEmpty();
    }
}
