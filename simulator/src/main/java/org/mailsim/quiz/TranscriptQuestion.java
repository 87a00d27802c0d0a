package org.mailsim.quiz;

import java.util.List;

/**
 * "Read the transcript": an excerpt of a real replay and options about it, one right
 * (or, when {@code multiple}, two or more right, graded like {@link MultipleChoice}).
 */
public record TranscriptQuestion(QuestionInfo info, Excerpt excerpt, List<Option> options, boolean multiple) implements Question {
    public TranscriptQuestion {
        options = List.copyOf(options);
    }
}
