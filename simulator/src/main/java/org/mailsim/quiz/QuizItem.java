package org.mailsim.quiz;

import java.util.List;

/**
 * A question as a quiz presents it. {@code order} is the presented order of its choices, as
 * indexes into the question's own list: options (single, multiple, transcript), items (ordering:
 * always shuffled), or {@link Matching#rights()} (matching). Empty for a configure task.
 */
public record QuizItem(Question question, List<Integer> order) {
    public QuizItem {
        order = List.copyOf(order);
    }
}
