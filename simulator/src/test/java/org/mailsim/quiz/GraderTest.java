package org.mailsim.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.quiz.Fixtures.question;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Security;

/** The grading rules of docs/question-authoring.md, one by one. */
class GraderTest {
    private final SingleChoice single = question("fixture-single-imap-143");      // IMAP (right), POP3, SMTP
    private final MultipleChoice multiple = question("fixture-multiple-implicit-tls"); // 993, 995 (right); 143, 110
    private final Ordering ordering = question("fixture-ordering-pop3-states");   // AUTHORIZATION, TRANSACTION, UPDATE
    private final Matching matching = question("fixture-matching-ports");         // 25 SMTP, 587 SMTPS, 993 IMAPS; POP3S

    private static Grade choice(Question q, Integer... picked) {
        return Grader.grade(q, new Answer.Choice(Set.of(picked)));
    }

    @Test
    void singleChoiceIsRightOnlyWithTheOneCorrectOption() {
        assertThat(choice(single, 0).correct()).isTrue();
        assertThat(choice(single, 0).partial()).isEqualTo(1.0);
        assertThat(choice(single, 1).correct()).isFalse();
        assertThat(choice(single, 0, 1).correct()).isFalse();
        assertThat(choice(single).correct()).isFalse();
        assertThat(choice(single, 1).partial()).isZero();
    }

    @Test
    void everyOptionIsExplainedWhetherPickedOrNot() {
        assertThat(choice(single, 1).feedback()).containsExactly(
                "Right, you missed it: IMAP — Port 143 is IMAP's registered port (RFC 3501 §2.1).",
                "Wrong, you picked it: POP3 — POP3 has its own port (RFC 1939 §3).",
                "Wrong: SMTP — SMTP moves mail between servers and from apps to servers; it does not read a mailbox.");
    }

    @Test
    void multipleSelectIsAllOrNothingWithPartialCreditShownSeparately() {
        Grade both = choice(multiple, 0, 1);
        assertThat(both.correct()).isTrue();
        assertThat(both.partial()).isEqualTo(1.0);

        Grade one = choice(multiple, 0);
        assertThat(one.correct()).isFalse();
        assertThat(one.partial()).isEqualTo(0.5);               // 1 right pick of 2

        Grade oneAndAWrong = choice(multiple, 0, 2);
        assertThat(oneAndAWrong.correct()).isFalse();
        assertThat(oneAndAWrong.partial()).isZero();            // (1 − 1) ÷ 2

        Grade everything = choice(multiple, 0, 1, 2, 3);
        assertThat(everything.correct()).isFalse();             // picking everything is not right
        assertThat(everything.partial()).isZero();              // (2 − 2) ÷ 2

        assertThat(choice(multiple, 2, 3).partial()).isZero();  // never below 0
    }

    @Test
    void orderingIsAllOrNothingWithPartialForItemsInPlace() {
        assertThat(Grader.grade(ordering, new Answer.Order(List.of(0, 1, 2))).correct()).isTrue();
        Grade swapped = Grader.grade(ordering, new Answer.Order(List.of(0, 2, 1)));
        assertThat(swapped.correct()).isFalse();
        assertThat(swapped.partial()).isEqualTo(1 / 3.0);
        assertThat(swapped.feedback().get(0)).isEqualTo("1. AUTHORIZATION (you put it here) — The greeting opens it; USER/PASS or AUTH log in (RFC 1939 §4).");
        assertThat(swapped.feedback().get(1)).startsWith("2. TRANSACTION (you put it elsewhere)");
        assertThat(Grader.grade(ordering, new Answer.Order(List.of(0, 1))).correct()).isFalse();
    }

    @Test
    void matchingIsAllOrNothingWithPartialForRightPairs() {
        Grade right = Grader.grade(matching, new Answer.Matches(Map.of(0, "SMTP", 1, "SMTPS", 2, "IMAPS")));
        assertThat(right.correct()).isTrue();
        Grade distracted = Grader.grade(matching, new Answer.Matches(Map.of(0, "SMTP", 1, "POP3S")));
        assertThat(distracted.correct()).isFalse();
        assertThat(distracted.partial()).isEqualTo(1 / 3.0);
        assertThat(distracted.feedback()).contains("587 → SMTPS (you picked POP3S) — N10-009's name; the RFCs say submission.",
                "993 → IMAPS (you left it empty) — IMAP over TLS (RFC 8314 §3.2).");
    }

    @Test
    void aQuestionWithAnExamKeyIsGradedByThatKeyAndShowsTheRfcFacts() {
        Grade grade = Grader.grade(matching, new Answer.Matches(Map.of(0, "SMTP", 1, "SMTPS", 2, "IMAPS")));
        assertThat(grade.feedback()).last().asString().startsWith("Graded by the N10-009 answer key. What the RFCs say: N10-009 calls 587 SMTPS.");
        assertThat(choice(single, 0).feedback()).noneMatch(line -> line.startsWith("Graded by"));
    }

    @Test
    void aTranscriptQuestionIsGradedLikeSingleChoice() {
        TranscriptQuestion transcript = question("fixture-transcript-expunge");
        assertThat(choice(transcript, 0).correct()).isTrue();
        assertThat(choice(transcript, 2).correct()).isFalse();
    }

    @Test
    void aPickOfAnOptionThatDoesNotExistIsWrongNotACrash() {
        assertThat(choice(single, 7).correct()).isFalse();
        assertThat(choice(multiple, 0, 1, 9).correct()).isFalse();
        assertThat(choice(multiple, 0, 1, 9).partial()).isEqualTo(0.5);
    }

    @Test
    void anAnswerOfTheWrongKindIsWrongAndSaysSo() {
        Grade grade = Grader.grade(single, new Answer.Order(List.of(0, 1, 2)));
        assertThat(grade.correct()).isFalse();
        assertThat(grade.feedback()).containsExactly("This answer (Order) does not fit a single choice question.");
    }

    @Test
    void aConfigureTaskIsGradedByRunningTheSettings() {
        ConfigureTask task = question("fixture-configure-two-devices");
        Grade model = Grader.grade(task, new Answer.Settings(task.modelAnswer()));
        assertThat(model.correct()).isTrue();
        assertThat(model.run()).hasValueSatisfying(run -> assertThat(run.decisiveLine()).startsWith("S: 250 2.0.0 Ok: queued"));

        MailClientSettings pop3 = new MailClientSettings("pop3", "mail.mailsim.test", 995, Security.IMPLICIT_TLS, false,
                "mail.mailsim.test", 587, Security.STARTTLS, true);
        Grade wrong = Grader.grade(task, new Answer.Settings(pop3));
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.partial()).isZero();
        assertThat(wrong.run().orElseThrow().decisiveLine()).isEqualTo("S: +OK 0 0");
        assertThat(wrong.feedback()).contains("Decisive line: S: +OK 0 0");
    }
}
