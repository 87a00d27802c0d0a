package org.mailsim.web.quiz;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.mailsim.quiz.QuestionBank;
import org.mailsim.quiz.QuestionLibrary;

/**
 * The question bank as the web UI uses it, loaded on first use (or in the background when
 * {@code serve} starts): checking a bank replays the scenarios its questions quote, which takes a
 * few seconds, so no page that does not need it waits for it. An instructor's {@code --questions}
 * folder is read again on the next page load after a file in it changed ({@link QuestionLibrary}).
 */
public final class QuizBank {
    private final QuestionLibrary library;

    public QuizBank(Supplier<QuestionBank> load) {
        this(Optional.empty(), load);
    }

    /** @param folder the instructor's folder {@code load} reads beside the built-in questions, watched for changes */
    public QuizBank(Optional<Path> folder, Supplier<QuestionBank> load) {
        this.library = new QuestionLibrary(folder, load);
    }

    public QuestionBank bank() {
        return library.current();
    }

    /** The problems of the latest load, as {@code file:line:column: message}. */
    public List<String> problems() {
        return library.problems().stream().map(Object::toString).toList();
    }

    /** Whether a file saved with a new problem left the questions as they were before that change. */
    public boolean keptLastGood() {
        return library.keptLastGood();
    }

    /** Changes when the bank may have changed; never loads it (for the page cache's version). */
    public long generation() {
        return library.generation();
    }
}
