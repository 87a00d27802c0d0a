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
 * @param scenario    only questions whose reference names this scenario (a course lesson's quiz)
 * @param reviewIds   questions the learner missed before and has not yet got right since (spaced review):
 *                    up to a third of the quiz comes from them, whatever the topic or scenario filter
 */
public record QuizSpec(Optional<Exam> exam, Set<String> objectives, Set<String> topics, Optional<Difficulty> difficulty,
                       int count, long seed, Set<String> avoidIds, Optional<String> scenario, Set<String> reviewIds) {
    public QuizSpec {
        exam = exam == null ? Optional.empty() : exam;
        scenario = scenario == null ? Optional.empty() : scenario;
        reviewIds = Set.copyOf(reviewIds);
        objectives = Set.copyOf(objectives);
        topics = Set.copyOf(topics);
        difficulty = difficulty == null ? Optional.empty() : difficulty;
        avoidIds = Set.copyOf(avoidIds);
        if (count < 1) throw new IllegalArgumentException("a quiz has at least one question");
    }

    /** Without a scenario filter or questions to review. */
    public QuizSpec(Optional<Exam> exam, Set<String> objectives, Set<String> topics, Optional<Difficulty> difficulty,
                    int count, long seed, Set<String> avoidIds) {
        this(exam, objectives, topics, difficulty, count, seed, avoidIds, Optional.empty(), Set.of());
    }

    /** How many places of the quiz review questions may take: a third, at least one. */
    public int reviewPlaces() {
        return Math.max(1, count / 3);
    }

    /** Any question, {@code count} of them. */
    public static QuizSpec any(int count, long seed) {
        return new QuizSpec(Optional.empty(), Set.of(), Set.of(), Optional.empty(), count, seed, Set.of());
    }
}
