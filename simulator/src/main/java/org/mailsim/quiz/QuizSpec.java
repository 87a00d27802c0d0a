package org.mailsim.quiz;

import java.util.Optional;
import java.util.Set;

import org.mailsim.scenario.Difficulty;
import org.mailsim.scenario.Exam;

/**
 * What quiz to compose. Empty sets and empty optionals mean "any".
 *
 * @param exam        only questions mapped to this exam
 * @param objectives  objective numbers ("2.1"); with {@code exam}, of that exam, otherwise of any exam
 * @param topics      topic ids ({@code imap-vs-pop3})
 * @param difficulty  only this difficulty
 * @param count       how many questions, at most
 * @param seed        the same seed composes the same quiz from the same bank
 * @param avoidIds    questions seen lately, left out while the bank has enough others
 */
public record QuizSpec(Optional<Exam> exam, Set<String> objectives, Set<String> topics, Optional<Difficulty> difficulty,
                       int count, long seed, Set<String> avoidIds) {
    public QuizSpec {
        exam = exam == null ? Optional.empty() : exam;
        objectives = Set.copyOf(objectives);
        topics = Set.copyOf(topics);
        difficulty = difficulty == null ? Optional.empty() : difficulty;
        avoidIds = Set.copyOf(avoidIds);
        if (count < 1) throw new IllegalArgumentException("a quiz has at least one question");
    }

    /** Any question, {@code count} of them. */
    public static QuizSpec any(int count, long seed) {
        return new QuizSpec(Optional.empty(), Set.of(), Set.of(), Optional.empty(), count, seed, Set.of());
    }
}
