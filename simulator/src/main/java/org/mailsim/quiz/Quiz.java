package org.mailsim.quiz;

import java.util.List;

/** A composed quiz: the seed it came from and its questions in order. */
public record Quiz(long seed, List<QuizItem> items) {
    public Quiz {
        items = List.copyOf(items);
    }
}
