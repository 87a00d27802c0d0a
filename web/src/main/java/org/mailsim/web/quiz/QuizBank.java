package org.mailsim.web.quiz;

import java.util.function.Supplier;

import org.mailsim.quiz.QuestionBank;

/**
 * The question bank as the web UI uses it, loaded on first use (or in the background when
 * {@code serve} starts): checking a bank replays the scenarios its questions quote, which takes a
 * few seconds, so no page that does not need it waits for it.
 */
public final class QuizBank {
    private final Supplier<QuestionBank> load;
    private QuestionBank bank;

    public QuizBank(Supplier<QuestionBank> load) {
        this.load = load;
    }

    public synchronized QuestionBank bank() {
        if (bank == null) bank = load.get();
        return bank;
    }
}
