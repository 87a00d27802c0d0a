package org.mailsim.quiz;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.mailsim.scenario.Difficulty;
import org.mailsim.scenario.ExamObjective;

/**
 * What every question has, whatever its type.
 *
 * @param id          unique across the bank: {@code ports-imap-143}
 * @param type        the kind of question
 * @param topic       the topic group
 * @param difficulty  same words as scenarios
 * @param objectives  at least one exam objective
 * @param stem        the question text (backticks for code)
 * @param reference   where the fact comes from: an RFC section and/or a scenario step
 * @param examKey     present when the exam's own wording differs from the RFCs'
 * @param ports       the port facts the question relies on, checked against {@link org.mailsim.net.ServicePort}
 *                    (those of matching pairs included)
 * @param beyondExam  true when the question goes deeper than its objectives ask (UID SEARCH, literals,
 *                    tagged responses, MOVE …): the quiz says so, so a learner knows it is extra
 * <p>Beyond the agreed contract: {@code type} and {@code topic} are enums ({@link QuestionType},
 * {@link Topic}, with the file's words as {@code word()} and {@code id()}), and {@code ports} is added.
 */
public record QuestionInfo(String id, QuestionType type, Topic topic, Difficulty difficulty, List<ExamObjective> objectives,
                           String stem, Reference reference, Optional<ExamKey> examKey, List<PortFact> ports,
                           boolean beyondExam) {
    public QuestionInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(reference, "reference");
        objectives = List.copyOf(objectives);
        examKey = examKey == null ? Optional.empty() : examKey;
        ports = List.copyOf(ports);
    }

    /**
     * What the quiz shows beside a question that goes beyond its objectives, naming the first one:
     * "Beyond the exam: deeper than A+ 220-1201 objective 2.1 asks". Empty for any other question.
     */
    public Optional<String> beyondExamLabel() {
        if (!beyondExam) return Optional.empty();
        return Optional.of(objectives.isEmpty() ? "Beyond the exam: deeper than the exam objectives ask"
                : "Beyond the exam: deeper than " + objectives.get(0).exam().code() + " objective " + objectives.get(0).objective() + " asks");
    }
}
