package org.mailsim.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mailsim.scenario.Difficulty;
import org.mailsim.scenario.Exam;

/** Composing a quiz from the fixture bank (one question of each type). */
class QuizComposerTest {
    private final QuestionBank bank = Fixtures.everyType();

    private static QuizSpec spec(Optional<Exam> exam, Set<String> objectives, Set<String> topics, Optional<Difficulty> difficulty) {
        return new QuizSpec(exam, objectives, topics, difficulty, 10, 1, Set.of());
    }

    private List<String> ids(QuizSpec spec) {
        return QuizComposer.compose(bank, spec).items().stream().map(i -> i.question().id()).sorted().toList();
    }

    @Test
    void filtersByExam() {
        assertThat(ids(spec(Optional.of(Exam.NETWORK_PLUS_N10_009), Set.of(), Set.of(), Optional.empty())))
                .containsExactly("fixture-matching-ports", "fixture-multiple-implicit-tls");
    }

    @Test
    void filtersByObjectiveOfTheExamOrOfAnyExam() {
        assertThat(ids(spec(Optional.of(Exam.A_PLUS_CORE1_1201), Set.of("2.1"), Set.of(), Optional.empty())))
                .containsExactly("fixture-ordering-pop3-states", "fixture-single-imap-143", "fixture-transcript-expunge");
        assertThat(ids(spec(Optional.empty(), Set.of("1.4"), Set.of(), Optional.empty())))
                .containsExactly("fixture-matching-ports", "fixture-multiple-implicit-tls");
        assertThat(ids(spec(Optional.of(Exam.A_PLUS_CORE1_1201), Set.of("1.4"), Set.of(), Optional.empty()))).isEmpty();
    }

    @Test
    void filtersByTopicAndDifficulty() {
        assertThat(ids(spec(Optional.empty(), Set.of(), Set.of("ports-and-protocols"), Optional.empty())))
                .containsExactly("fixture-matching-ports", "fixture-single-imap-143");
        assertThat(ids(spec(Optional.empty(), Set.of(), Set.of(), Optional.of(Difficulty.INTERMEDIATE))))
                .containsExactly("fixture-configure-two-devices", "fixture-multiple-implicit-tls", "fixture-ordering-pop3-states");
    }

    @Test
    void takesAtMostCountQuestions() {
        assertThat(QuizComposer.compose(bank, QuizSpec.any(3, 7)).items()).hasSize(3);
        assertThat(QuizComposer.compose(bank, QuizSpec.any(50, 7)).items()).hasSize(6);
    }

    @Test
    void theSameSeedComposesTheSameQuizAndOtherSeedsOthers() {
        assertThat(QuizComposer.compose(bank, QuizSpec.any(4, 42))).isEqualTo(QuizComposer.compose(bank, QuizSpec.any(4, 42)));
        Set<Quiz> quizzes = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) quizzes.add(QuizComposer.compose(bank, QuizSpec.any(4, seed)));
        assertThat(quizzes).hasSizeGreaterThan(5);
    }

    @Test
    void optionsAndRightsAreShuffledOrderingItemsNeverShownInOrderAndConfigureHasNothingToShuffle() {
        Set<List<Integer>> singleOrders = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            for (QuizItem item : QuizComposer.compose(bank, QuizSpec.any(6, seed)).items()) {
                switch (item.question()) {
                    case SingleChoice s -> {
                        assertThat(item.order()).containsExactlyInAnyOrder(0, 1, 2);
                        singleOrders.add(item.order());
                    }
                    case Ordering o -> assertThat(item.order()).containsExactlyInAnyOrder(0, 1, 2).isNotEqualTo(List.of(0, 1, 2));
                    case Matching m -> assertThat(item.order()).containsExactlyInAnyOrder(0, 1, 2, 3);
                    case ConfigureTask c -> assertThat(item.order()).isEmpty();
                    default -> assertThat(item.order()).hasSizeGreaterThanOrEqualTo(3);
                }
            }
        }
        assertThat(singleOrders).hasSize(6); // every arrangement of three options turns up
    }

    @Test
    void anOptionThatPointsAtTheOthersByPlaceKeepsItsPlace() {
        String yaml = QuestionValidationTest.GOOD.replace("      - {text: POP3,", "      - {text: SMTP, why: \"Sends mail.\"}\n"
                + "      - {text: None of the above, why: \"IMAP is right.\"}\n      - {text: POP3,");
        QuestionBank four = QuestionBank.loadFile("q.yaml", yaml, Fixtures.SCENARIOS);
        assertThat(four.problems()).isEmpty();
        for (long seed = 0; seed < 20; seed++) {
            assertThat(QuizComposer.compose(four, QuizSpec.any(1, seed)).items().get(0).order().get(2)).isEqualTo(2);
        }
    }

    @Test
    void recentQuestionsAreAvoidedWhileTheBankHasEnoughOthers() {
        Set<String> recent = Set.of("fixture-single-imap-143", "fixture-multiple-implicit-tls", "fixture-ordering-pop3-states",
                "fixture-matching-ports");
        for (long seed = 0; seed < 10; seed++) {
            QuizSpec two = new QuizSpec(Optional.empty(), Set.of(), Set.of(), Optional.empty(), 2, seed, recent);
            assertThat(ids(two)).containsExactly("fixture-configure-two-devices", "fixture-transcript-expunge");
            QuizSpec four = new QuizSpec(Optional.empty(), Set.of(), Set.of(), Optional.empty(), 4, seed, recent);
            List<String> picked = ids(four);
            assertThat(picked).hasSize(4).contains("fixture-configure-two-devices", "fixture-transcript-expunge");
        }
    }

    @Test
    void theFreshQuestionsComeFirstAndAreThemselvesShuffled() {
        Set<String> firsts = new HashSet<>();
        IntStream.range(0, 20).forEach(seed -> firsts.add(QuizComposer.compose(bank, QuizSpec.any(6, seed)).items().get(0).question().id()));
        assertThat(firsts).hasSizeGreaterThan(2);
    }

    @Test
    void aLessonsQuizHoldsOnlyTheQuestionsOnItsScenario() {
        QuizSpec lesson = new QuizSpec(Optional.empty(), Set.of(), Set.of(), Optional.empty(), 5, 3, Set.of(),
                Optional.of("imap-phone-and-laptop"), Set.of());
        assertThat(ids(lesson)).containsExactly("fixture-configure-two-devices", "fixture-single-imap-143");
    }

    @Test
    void missedQuestionsComeBackInALaterQuizWhateverItsFilterInAtMostAThirdOfThePlaces() {
        for (long seed = 0; seed < 10; seed++) {
            QuizSpec lesson = new QuizSpec(Optional.empty(), Set.of(), Set.of(), Optional.empty(), 3, seed, Set.of(),
                    Optional.of("pop3-delete-after-download"), Set.of("fixture-matching-ports", "fixture-transcript-expunge", "no-longer-in-bank"));
            List<String> picked = ids(lesson);
            assertThat(picked).hasSize(2).contains("fixture-ordering-pop3-states")
                    .containsAnyOf("fixture-matching-ports", "fixture-transcript-expunge");
        }
        QuizSpec six = new QuizSpec(Optional.empty(), Set.of(), Set.of("ports-and-protocols"), Optional.empty(), 6, 1, Set.of(),
                Optional.empty(), Set.of("fixture-transcript-expunge", "fixture-ordering-pop3-states"));
        assertThat(ids(six)).containsExactlyInAnyOrder("fixture-matching-ports", "fixture-single-imap-143",
                "fixture-ordering-pop3-states", "fixture-transcript-expunge");
    }

    @Test
    void aReviewQuestionForAnotherExamStaysOut() {
        QuizSpec network = new QuizSpec(Optional.of(Exam.NETWORK_PLUS_N10_009), Set.of(), Set.of(), Optional.empty(), 9, 1, Set.of(),
                Optional.empty(), Set.of("fixture-ordering-pop3-states"));
        QuizSpec plain = new QuizSpec(Optional.of(Exam.NETWORK_PLUS_N10_009), Set.of(), Set.of(), Optional.empty(), 9, 1, Set.of());
        assertThat(ids(network)).isEqualTo(ids(plain));
    }
}
