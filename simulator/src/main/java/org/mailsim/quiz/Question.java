package org.mailsim.quiz;

/**
 * One question of the bank. Each type is a record holding what its type needs; what every
 * question has (id, topic, objectives, stem, reference …) is in {@link QuestionInfo}.
 */
public sealed interface Question permits SingleChoice, MultipleChoice, Ordering, Matching, TranscriptQuestion, ConfigureTask {
    QuestionInfo info();

    default String id() {
        return info().id();
    }
}
