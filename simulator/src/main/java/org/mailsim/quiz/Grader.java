package org.mailsim.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Grades one answer. The rules, the same as {@code docs/question-authoring.md} states them:
 * <ul>
 *   <li><b>Single choice</b> (and single-answer transcript questions): right when exactly the one
 *       correct option is picked.</li>
 *   <li><b>Multiple select</b>: all-or-nothing: right only when the picked set is exactly the set
 *       of correct options. Partial credit, shown separately and never added to the score:
 *       (right picks − wrong picks) ÷ number of correct options, at least 0.</li>
 *   <li><b>Ordering</b>: all-or-nothing on the whole order; partial = items in their right
 *       position ÷ items.</li>
 *   <li><b>Matching</b>: all-or-nothing on every pair; partial = pairs matched right ÷ pairs.</li>
 *   <li><b>Configure</b>: the settings are run against the simulator ({@link ConfigureRun}); right
 *       when everything the situation asks for happened. Partial is 1 or 0.</li>
 * </ul>
 * A question with an {@link ExamKey} is graded by that exam's key; the RFC facts are added to the
 * feedback. An answer of the wrong kind for the question (a {@link Answer.Order} for a single
 * choice) is graded wrong, with a line that says so.
 */
public final class Grader {
    private Grader() { }

    public static Grade grade(Question question, Answer answer) {
        Grade grade = switch (question) {
            case SingleChoice q -> answer instanceof Answer.Choice c ? single(q.options(), c.picked()) : mismatch(question, answer);
            case MultipleChoice q -> answer instanceof Answer.Choice c ? multiple(q.options(), c.picked()) : mismatch(question, answer);
            case TranscriptQuestion q -> answer instanceof Answer.Choice c
                    ? (q.multiple() ? multiple(q.options(), c.picked()) : single(q.options(), c.picked()))
                    : mismatch(question, answer);
            case Ordering q -> answer instanceof Answer.Order o ? ordering(q, o.itemIndexes()) : mismatch(question, answer);
            case Matching q -> answer instanceof Answer.Matches m ? matching(q, m) : mismatch(question, answer);
            case ConfigureTask q -> answer instanceof Answer.Settings s ? configure(q, s.settings()) : mismatch(question, answer);
        };
        return withExamKey(question, grade);
    }

    private static Grade single(List<Option> options, Set<Integer> picked) {
        int only = picked.size() == 1 ? picked.iterator().next() : -1;
        boolean right = only >= 0 && only < options.size() && options.get(only).correct();
        return new Grade(right, right ? 1 : 0, choiceFeedback(options, picked), Optional.empty());
    }

    private static Grade multiple(List<Option> options, Set<Integer> picked) {
        int rightPicks = 0;
        int wrongPicks = 0;
        int correct = 0;
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) correct++;
            if (!picked.contains(i)) continue;
            if (options.get(i).correct()) rightPicks++;
            else wrongPicks++;
        }
        wrongPicks += (int) picked.stream().filter(i -> i < 0 || i >= options.size()).count(); // no such option: a wrong pick
        boolean right = rightPicks == correct && wrongPicks == 0;
        double partial = Math.max(0, rightPicks - wrongPicks) / (double) correct;
        return new Grade(right, partial, choiceFeedback(options, picked), Optional.empty());
    }

    private static List<String> choiceFeedback(List<Option> options, Set<Integer> picked) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            boolean chosen = picked.contains(i);
            String verdict = o.correct() ? (chosen ? "Right, you picked it" : "Right, you missed it")
                    : (chosen ? "Wrong, you picked it" : "Wrong");
            lines.add(verdict + ": " + o.text() + " — " + o.why());
        }
        return lines;
    }

    private static Grade ordering(Ordering q, List<Integer> order) {
        List<String> lines = new ArrayList<>();
        int inPlace = 0;
        for (int position = 0; position < q.items().size(); position++) {
            OrderItem item = q.items().get(position);
            boolean here = position < order.size() && order.get(position) == position;
            if (here) inPlace++;
            lines.add((position + 1) + ". " + item.text() + (here ? " (you put it here)" : " (you put it elsewhere)") + " — " + item.why());
        }
        int n = q.items().size();
        return new Grade(inPlace == n && order.size() == n, inPlace / (double) n, lines, Optional.empty());
    }

    private static Grade matching(Matching q, Answer.Matches answer) {
        List<String> lines = new ArrayList<>();
        int right = 0;
        for (int i = 0; i < q.pairs().size(); i++) {
            Pair p = q.pairs().get(i);
            String picked = answer.rightFor().get(i);
            boolean ok = p.right().equals(picked);
            if (ok) right++;
            String yours = picked == null ? "you left it empty" : ok ? "you matched it" : "you picked " + picked;
            lines.add(p.left() + " → " + p.right() + " (" + yours + ") — " + p.why());
        }
        int n = q.pairs().size();
        return new Grade(right == n, right / (double) n, lines, Optional.empty());
    }

    private static Grade configure(ConfigureTask q, MailClientSettings settings) {
        ConfigureOutcome outcome = ConfigureRun.run(q.situation(), settings);
        List<String> lines = List.of(outcome.explanation(), "Decisive line: " + outcome.decisiveLine());
        return new Grade(outcome.passed(), outcome.passed() ? 1 : 0, lines, Optional.of(outcome));
    }

    private static Grade mismatch(Question question, Answer answer) {
        String kind = question.info().type().title().toLowerCase(java.util.Locale.ROOT);
        return new Grade(false, 0, List.of("This answer (" + answer.getClass().getSimpleName() + ") does not fit a " + kind + " question."),
                Optional.empty());
    }

    private static Grade withExamKey(Question question, Grade grade) {
        Optional<ExamKey> key = question.info().examKey();
        if (key.isEmpty()) return grade;
        List<String> lines = new ArrayList<>(grade.feedback());
        lines.add("Graded by the " + key.get().exam().code() + " answer key. What the RFCs say: " + key.get().rfcFacts().strip());
        return new Grade(grade.correct(), grade.partial(), lines, grade.run());
    }
}
