package org.mailsim.classroom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mailsim.quiz.Answer;
import org.mailsim.quiz.Grade;
import org.mailsim.quiz.Grader;
import org.mailsim.quiz.MultipleChoice;
import org.mailsim.quiz.Option;
import org.mailsim.quiz.Question;
import org.mailsim.quiz.QuizItem;
import org.mailsim.quiz.QuizResult;
import org.mailsim.quiz.SingleChoice;
import org.mailsim.quiz.TranscriptQuestion;

/**
 * Turns a finished quiz's answers into what the class records: graded here by the quiz engine's
 * {@link Grader} (the same rules as the quiz page's results), with the objectives from
 * {@link QuizResult} and, for each choice question answered wrong, the options picked, so the
 * dashboard can show the wrong answer a class picks most.
 */
public final class QuizGrading {
    private QuizGrading() { }

    /** @param answers  by question id; a question without an answer counts as missed */
    public static QuizOutcome outcome(List<Question> quiz, Map<String, Answer> answers) {
        Map<String, Grade> grades = new HashMap<>();
        List<QuizOutcome.QuestionOutcome> rows = new ArrayList<>();
        for (Question q : quiz) {
            Answer a = answers.get(q.id());
            Optional<Grade> grade = Optional.ofNullable(a).map(x -> Grader.grade(q, x));
            grade.ifPresent(g -> grades.put(q.id(), g));
            boolean correct = grade.map(Grade::correct).orElse(false);
            rows.add(new QuizOutcome.QuestionOutcome(q.id(), correct, correct ? Optional.empty() : picked(q, a)));
        }
        QuizResult result = QuizResult.of(quiz.stream().map(q -> new QuizItem(q, List.of())).toList(), grades);
        return new QuizOutcome(result.right(), result.total(), rows,
                result.byObjective().stream().map(b -> new QuizOutcome.ObjectiveScore(b.key(), b.right(), b.total())).toList());
    }

    /** The options picked, in the question's order, " + " between them; empty for other types or no answer. */
    private static Optional<String> picked(Question q, Answer a) {
        if (!(a instanceof Answer.Choice choice) || choice.picked().isEmpty()) return Optional.empty();
        List<Option> options = switch (q) {
            case SingleChoice s -> s.options();
            case MultipleChoice m -> m.options();
            case TranscriptQuestion t -> t.options();
            default -> List.of();
        };
        String text = choice.picked().stream().sorted().filter(i -> i >= 0 && i < options.size())
                .map(i -> options.get(i).text()).collect(Collectors.joining(" + "));
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
