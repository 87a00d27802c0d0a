package org.mailsim.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.mailsim.scenario.ExamObjective;

/**
 * The result of a quiz: the score (questions right by the all-or-nothing rules of {@link Grader}),
 * the partial credit beside it, how it went per exam objective and per topic, and the questions
 * answered wrong. A question without a grade (not answered) counts as wrong.
 *
 * @param right        questions answered right
 * @param total        questions in the quiz
 * @param partial      sum of partial credit over all questions, 0 to total; shown, never scored
 * @param byObjective  one row per objective ({@code "A+ 220-1201 2.1"}), by exam then objective number;
 *                     a question counts once for each objective it is mapped to
 * @param byTopic      one row per topic id, in the order of {@link Topic}
 * @param wrong        the questions answered wrong, in quiz order
 * <p>The agreed contract named the breakdowns; {@code partial} and {@link WrongAnswer} are this
 * class's shape of the rest.
 */
public record QuizResult(int right, int total, double partial, List<Breakdown> byObjective, List<Breakdown> byTopic,
                         List<WrongAnswer> wrong) {
    /** Exam, then objective number as numbers: 1.4 before 2.1 before 2.10. */
    private static final Comparator<ExamObjective> OBJECTIVE_ORDER = Comparator.comparing(ExamObjective::exam)
            .thenComparingInt(o -> Integer.parseInt(o.objective().split("\\.")[0]))
            .thenComparingInt(o -> Integer.parseInt(o.objective().split("\\.")[1]));

    public QuizResult {
        byObjective = List.copyOf(byObjective);
        byTopic = List.copyOf(byTopic);
        wrong = List.copyOf(wrong);
    }

    /** A question answered wrong, with its grade; the grade is empty when it was not answered. */
    public record WrongAnswer(QuizItem item, Optional<Grade> grade) { }

    /** @param grades  by question id; a question missing here was not answered */
    public static QuizResult of(List<QuizItem> items, Map<String, Grade> grades) {
        int right = 0;
        double partial = 0;
        Map<ExamObjective, int[]> objectives = new TreeMap<>(OBJECTIVE_ORDER);
        Map<Topic, int[]> topics = new TreeMap<>();
        List<WrongAnswer> wrong = new ArrayList<>();
        for (QuizItem item : items) {
            Question q = item.question();
            Optional<Grade> grade = Optional.ofNullable(grades.get(q.id()));
            boolean ok = grade.map(Grade::correct).orElse(false);
            if (ok) right++;
            else wrong.add(new WrongAnswer(item, grade));
            partial += grade.map(Grade::partial).orElse(0.0);
            for (ExamObjective objective : q.info().objectives()) count(objectives, new ExamObjective(objective.exam(), objective.objective(), ""), ok);
            count(topics, q.info().topic(), ok);
        }
        List<Breakdown> byObjective = objectives.entrySet().stream()
                .map(e -> new Breakdown(e.getKey().toString(), e.getValue()[0], e.getValue()[1])).toList();
        List<Breakdown> byTopic = topics.entrySet().stream()
                .map(e -> new Breakdown(e.getKey().id(), e.getValue()[0], e.getValue()[1])).toList();
        return new QuizResult(right, items.size(), partial, byObjective, byTopic, wrong);
    }

    private static <K> void count(Map<K, int[]> counts, K key, boolean right) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        if (right) c[0]++;
        c[1]++;
    }
}
