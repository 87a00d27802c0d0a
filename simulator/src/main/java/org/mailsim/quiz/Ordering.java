package org.mailsim.quiz;

import java.util.List;

/** Put 3–8 items in order; {@code items} are stored in the correct order and shown shuffled. */
public record Ordering(QuestionInfo info, List<OrderItem> items) implements Question {
    public Ordering {
        items = List.copyOf(items);
    }
}
