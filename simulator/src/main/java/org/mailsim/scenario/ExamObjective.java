package org.mailsim.scenario;

import java.util.Objects;

/**
 * One exam objective a scenario serves: {@code A+ 220-1201 2.1}.
 *
 * @param exam       the exam
 * @param objective  the objective number as CompTIA publishes it ("2.1", "1.4")
 * @param note       what of it the scenario shows ("port 143"), may be empty
 */
public record ExamObjective(Exam exam, String objective, String note) {
    public ExamObjective {
        Objects.requireNonNull(exam, "exam");
        if (!objective.matches("\\d+\\.\\d+")) throw new IllegalArgumentException("objective numbers look like 2.1: " + objective);
        note = note == null ? "" : note;
    }

    /** The objective's published title, when {@link ObjectiveTitles} lists it. */
    public java.util.Optional<String> title() {
        return ObjectiveTitles.title(exam, objective);
    }

    @Override
    public String toString() {
        return exam.code() + " " + objective;
    }
}
