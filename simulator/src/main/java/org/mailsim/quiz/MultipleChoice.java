package org.mailsim.quiz;

import java.util.List;

/** Two or more right options among 2–6; the stem says how many ("Choose two."). */
public record MultipleChoice(QuestionInfo info, List<Option> options) implements Question {
    public MultipleChoice {
        options = List.copyOf(options);
    }

    public long correctCount() {
        return options.stream().filter(Option::correct).count();
    }
}
