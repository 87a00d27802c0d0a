package org.mailsim.quiz;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mailsim.scenario.Exam;

/**
 * The spread of the bank shipped in {@code exam-questions/}: every topic and every kind of
 * question is well represented, and exam wording that differs from the RFCs is graded by the
 * exam's key. (That the bank loads without a problem is {@link QuestionBankTest}'s.)
 */
class BankCoverageTest {
    private static final QuestionBank BANK = QuestionBank.load(Optional.empty(), Fixtures.SCENARIOS);
    /** The exam's name as a word of its own, not inside ESMTPSA. */
    private static final Pattern SMTPS = Pattern.compile("\\bSMTPS\\b");

    @Test
    void everyTopicHasAtLeastTenQuestions() {
        Map<Topic, Long> perTopic = BANK.questions().stream().collect(groupingBy(q -> q.info().topic(), counting()));
        for (Topic topic : Topic.values()) {
            assertThat(perTopic.getOrDefault(topic, 0L)).as(topic.id()).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void everyKindOfQuestionIsWellRepresented() {
        Map<QuestionType, Long> perType = BANK.questions().stream().collect(groupingBy(q -> q.info().type(), counting()));
        assertThat(perType.getOrDefault(QuestionType.MULTIPLE, 0L)).isGreaterThanOrEqualTo(15);
        assertThat(perType.getOrDefault(QuestionType.ORDERING, 0L)).isGreaterThanOrEqualTo(8);
        assertThat(perType.getOrDefault(QuestionType.MATCHING, 0L)).isGreaterThanOrEqualTo(8);
        assertThat(perType.getOrDefault(QuestionType.TRANSCRIPT, 0L)).isGreaterThanOrEqualTo(20);
        assertThat(perType.getOrDefault(QuestionType.SINGLE, 0L)).isGreaterThanOrEqualTo(20);
    }

    /** N10-009 calls 587 "SMTPS"; the RFCs do not, so such a question must be graded by that exam's key. */
    @Test
    void aQuestionAskingForSmtpsIsGradedByTheNetworkPlusKey() {
        List<QuestionInfo> smtps = BANK.questions().stream().map(Question::info).filter(i -> SMTPS.matcher(i.stem()).find()).toList();
        assertThat(smtps).isNotEmpty();
        assertThat(smtps).allSatisfy(i -> {
            assertThat(i.examKey()).map(ExamKey::exam).contains(Exam.NETWORK_PLUS_N10_009);
            assertThat(i.examKey().orElseThrow().rfcFacts()).contains("587").contains("465");
        });
    }
}
