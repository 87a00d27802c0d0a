package org.mailsim.quiz;

import java.util.Objects;

import org.mailsim.scenario.Exam;

/**
 * The exam whose answer key grades a question whose wording differs from the RFCs (N10-009 calls
 * 587 "SMTPS"); {@code rfcFacts} says what the RFCs say, shown with the explanation.
 */
public record ExamKey(Exam exam, String rfcFacts) {
    public ExamKey {
        Objects.requireNonNull(exam, "exam");
        Objects.requireNonNull(rfcFacts, "rfcFacts");
    }
}
