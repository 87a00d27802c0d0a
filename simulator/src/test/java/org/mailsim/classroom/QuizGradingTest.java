package org.mailsim.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mailsim.quiz.Answer;
import org.mailsim.quiz.Option;
import org.mailsim.quiz.Question;
import org.mailsim.quiz.QuestionBank;
import org.mailsim.quiz.SingleChoice;

class QuizGradingTest {
    private static final QuestionBank BANK = QuestionBank.load(Optional.empty());

    @Test
    void aWrongPickIsRecordedByItsTextAndAnUnansweredQuestionIsMissed() {
        List<SingleChoice> singles = BANK.questions().stream().filter(q -> q instanceof SingleChoice).map(q -> (SingleChoice) q).limit(3).toList();
        SingleChoice first = singles.get(0), second = singles.get(1), third = singles.get(2);
        int right = index(first.options(), true);
        int wrong = index(second.options(), false);
        QuizOutcome o = QuizGrading.outcome(List.<Question>of(first, second, third), Map.of(
                first.id(), new Answer.Choice(Set.of(right)), second.id(), new Answer.Choice(Set.of(wrong))));
        assertThat(o.right()).isEqualTo(1);
        assertThat(o.total()).isEqualTo(3);
        assertThat(o.answers()).containsExactly(
                new QuizOutcome.QuestionOutcome(first.id(), true, Optional.empty()),
                new QuizOutcome.QuestionOutcome(second.id(), false, Optional.of(second.options().get(wrong).text())),
                new QuizOutcome.QuestionOutcome(third.id(), false, Optional.empty()));
        assertThat(o.objectives()).isNotEmpty();
        assertThat(o.objectives().stream().mapToInt(QuizOutcome.ObjectiveScore::right).sum()).isPositive();
    }

    private static int index(List<Option> options, boolean correct) {
        for (int i = 0; i < options.size(); i++) if (options.get(i).correct() == correct) return i;
        throw new AssertionError();
    }
}
