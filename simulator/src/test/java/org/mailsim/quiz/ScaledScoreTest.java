package org.mailsim.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mailsim.scenario.Exam;

class ScaledScoreTest {
    @Test
    void theShareRightIsLaidOnTheHundredToNineHundredLineBesideTheExamsPassingScore() {
        assertThat(ScaledScore.estimate(Exam.NETWORK_PLUS_N10_009, 0, 10)).contains(new ScaledScore(100, 720, Exam.NETWORK_PLUS_N10_009));
        assertThat(ScaledScore.estimate(Exam.NETWORK_PLUS_N10_009, 10, 10)).contains(new ScaledScore(900, 720, Exam.NETWORK_PLUS_N10_009));
        assertThat(ScaledScore.estimate(Exam.SECURITY_PLUS_SY0_701, 8, 10).orElseThrow().score()).isEqualTo(740);
        assertThat(ScaledScore.estimate(Exam.SECURITY_PLUS_SY0_701, 8, 10).orElseThrow().atOrAbovePassing()).isFalse();
        assertThat(ScaledScore.estimate(Exam.A_PLUS_CORE1_1201, 8, 10).orElseThrow().atOrAbovePassing()).isTrue();
    }

    @Test
    void eachCurrentExamHasItsPassingScoreAndRetiredOnesNone() {
        assertThat(ScaledScore.passing(Exam.A_PLUS_CORE1_1201)).contains(675);
        assertThat(ScaledScore.passing(Exam.A_PLUS_CORE2_1202)).contains(700);
        assertThat(ScaledScore.passing(Exam.NETWORK_PLUS_N10_009)).contains(720);
        assertThat(ScaledScore.passing(Exam.SECURITY_PLUS_SY0_701)).contains(750);
        assertThat(ScaledScore.passing(Exam.A_PLUS_CORE1_1101)).isEmpty();
        assertThat(ScaledScore.estimate(Exam.A_PLUS_CORE2_1102, 5, 10)).isEmpty();
    }

    @Test
    void itAlwaysSaysItIsAnEstimate() {
        assertThat(ScaledScore.estimate(Exam.A_PLUS_CORE2_1202, 9, 10).orElseThrow().words())
                .isEqualTo("Estimated 820 on the 100–900 scale; A+ 220-1202 passes at 700. An estimate only: CompTIA weights questions"
                        + " and scales each exam form in ways it does not publish; this lays your share of right answers on the 100–900 line.");
        assertThatThrownBy(() -> ScaledScore.estimate(Exam.A_PLUS_CORE2_1202, 3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
