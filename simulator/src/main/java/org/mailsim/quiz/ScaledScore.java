package org.mailsim.quiz;

import java.util.Optional;

import org.mailsim.scenario.Exam;

/**
 * An estimate of where a quiz result would sit on a CompTIA exam's 100–900 scale, beside that
 * exam's passing score. CompTIA reports a scaled score from 100 to 900 and passes A+ Core 1
 * (220-1201) at 675, A+ Core 2 (220-1202) at 700, Network+ (N10-009) at 720 and Security+
 * (SY0-701) at 750 (as CompTIA's exam pages state them and exam-prep sites repeat). How CompTIA
 * scales a form is not published: questions are weighted and each form is equated. So this is
 * only the share of questions right laid on the 100–900 line (100 + 800 × right ÷ total), and
 * every page that shows it says it is an estimate.
 *
 * @param score    100 to 900
 * @param passing  the exam's passing score
 * @param exam     the exam whose scale and passing score are used
 */
public record ScaledScore(int score, int passing, Exam exam) {
    public static final int LOWEST = 100;
    public static final int HIGHEST = 900;

    /** The estimate for {@code right} of {@code total} on {@code exam}, when the exam is a current one with a known passing score. */
    public static Optional<ScaledScore> estimate(Exam exam, int right, int total) {
        if (total <= 0 || right < 0 || right > total) throw new IllegalArgumentException(right + " of " + total);
        return passing(exam).map(p -> new ScaledScore((int) Math.round(LOWEST + (HIGHEST - LOWEST) * (double) right / total), p, exam));
    }

    /** The exam's passing score on the 100–900 scale; empty for a retired exam. */
    public static Optional<Integer> passing(Exam exam) {
        return switch (exam) {
            case A_PLUS_CORE1_1201 -> Optional.of(675);
            case A_PLUS_CORE2_1202 -> Optional.of(700);
            case NETWORK_PLUS_N10_009 -> Optional.of(720);
            case SECURITY_PLUS_SY0_701 -> Optional.of(750);
            case A_PLUS_CORE1_1101, A_PLUS_CORE2_1102 -> Optional.empty();
        };
    }

    public boolean atOrAbovePassing() {
        return score >= passing;
    }

    /** "Estimated 740 on the 100–900 scale; N10-009 passes at 720." and why it is only an estimate. */
    public String words() {
        return "Estimated " + score + " on the 100–900 scale; " + exam.code() + " passes at " + passing + ". An estimate only:"
                + " CompTIA weights questions and scales each exam form in ways it does not publish; this lays your share of"
                + " right answers on the 100–900 line.";
    }
}
