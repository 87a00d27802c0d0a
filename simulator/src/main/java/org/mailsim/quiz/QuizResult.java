package org.mailsim.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of a quiz: the score (all-or-nothing answers right), the partial credit beside it,
 * how it went per exam objective and per topic, and the questions answered wrong (unanswered
 * questions count as wrong).
 *
 * @param right        questions answered right
 * @param total        questions in the quiz
 * @param partial      sum of partial credit over all questions, 0 to total
 * @param byObjective  one row per objective ({@code "A+ 220-1201 2.1"}), in exam and number order
 * @param byTopic      one row per topic id, in the order of {@link Topic}
 * @param wrong        the questions answered wrong, in quiz order, with their grade (absent when unanswered)
 */
public record QuizResult(int right, int total, double partial, List<Breakdown> byObjective, List<Breakdown> byTopic,
                         List<WrongAnswer> wrong) {
    public QuizResult {
        byObjective = List.copyOf(byObjective);
        byTopic = List.copyOf(byTopic);
        wrong = List.copyOf(wrong);
    }

    /** A question answered wrong, with its grade; the grade is empty when it was not answered. */
    public record WrongAnswer(QuizItem item, java.util.Optional<Grade> grade) { }

    public static QuizResult of(List<QuizItem> items, Map<String, Grade> grades) {
        int right = 0;
        double partial = 0;
        Map<String, int[]> objectives = new TreeMap<>();
        Map<Topic, int[]> topics = new TreeMap<>();
        List<WrongAnswer> wrong = new ArrayList<>();
        for (QuizItem item : items) {
            Question q = item.question();
            Grade grade = grades.get(q.id());
            boolean ok = grade != null && grade.correct();
            if (ok) right++;
            else wrong.add(new WrongAnswer(item, java.util.Optional.ofNullable(grade)));
            if (grade != null) partial += grade.partial();
            for (var objective : q.info().objectives()) count(objectives, objective.exam().ordinal() + "|" + objective, ok);
            count(topics, q.info().topic(), ok);
        }
        List<Breakdown> byObjective = objectives.entrySet().stream()
                .map(e -> new Breakdown(e.getKey().substring(e.getKey().indexOf('|') + 1), e.getValue()[0], e.getValue()[1])).toList();
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
