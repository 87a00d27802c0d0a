package org.mailsim.classroom;

import java.util.List;
import java.util.Optional;

/**
 * A finished quiz as the class records it, graded by the server's {@code Grader}, never by the page.
 *
 * @param answers     one per question, in quiz order
 * @param objectives  right of total per objective ({@code "N10-009 1.5"})
 */
public record QuizOutcome(int right, int total, List<QuestionOutcome> answers, List<ObjectiveScore> objectives) {
    public QuizOutcome {
        answers = List.copyOf(answers);
        objectives = List.copyOf(objectives);
        if (right < 0 || right > total) throw new IllegalArgumentException(right + " right of " + total);
    }

    /** No questions: a lesson or lab exercise marked done. */
    public static QuizOutcome done() {
        return new QuizOutcome(0, 0, List.of(), List.of());
    }

    /**
     * One question of a finished quiz.
     *
     * @param chosen  for a question answered wrong, the wrong option(s) picked as the student saw them; empty otherwise
     */
    public record QuestionOutcome(String questionId, boolean correct, Optional<String> chosen) {
        public QuestionOutcome {
            chosen = chosen == null ? Optional.empty() : chosen.map(c -> c.length() > 200 ? c.substring(0, 199) + "…" : c);
        }
    }

    /** How a quiz went for one objective. */
    public record ObjectiveScore(String objective, int right, int total) { }
}
