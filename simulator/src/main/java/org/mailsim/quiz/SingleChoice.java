package org.mailsim.quiz;

import java.util.List;

/** One right option among 2–6. */
public record SingleChoice(QuestionInfo info, List<Option> options) implements Question {
    public SingleChoice {
        options = List.copyOf(options);
    }
}
