package org.mailsim.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.mailsim.scenario.ExamObjective;

/**
 * Composes a quiz from the bank: filter by {@link QuizSpec}, pick {@code count} questions with the
 * seed, preferring those not in {@code avoidIds} (the last attempts) while the bank has enough
 * others, and fix the order each question's choices are shown in.
 * <p>Shuffling: options of single, multiple and transcript questions are shuffled, except an
 * option that points at the others by place ("all of the above", "none of the above"), which
 * keeps its place; ordering items are always shuffled, and never left in the right order;
 * matching keeps its lefts in file order and shuffles the rights; configure has nothing to shuffle.
 * <p>Spaced review: questions the learner missed before ({@link QuizSpec#reviewIds}) take up to a
 * third of the places, mixed in among the others, so a missed question comes back in later quizzes
 * until it is answered right. The same bank and spec give the same quiz.
 */
public final class QuizComposer {
    private QuizComposer() { }

    public static Quiz compose(QuestionBank bank, QuizSpec spec) {
        Random random = new Random(spec.seed());
        List<Question> sorted = bank.questions().stream().sorted(Comparator.comparing(Question::id)).toList();
        List<Question> review = new ArrayList<>(sorted.stream().filter(q -> spec.reviewIds().contains(q.id()) && forExam(q, spec)).toList());
        Collections.shuffle(review, random);
        review = new ArrayList<>(review.subList(0, Math.min(review.size(), Math.min(spec.reviewPlaces(), spec.count()))));
        List<Question> fresh = new ArrayList<>();
        List<Question> seen = new ArrayList<>();
        for (Question q : sorted) {
            if (!matches(q, spec) || review.contains(q)) continue;
            (spec.avoidIds().contains(q.id()) ? seen : fresh).add(q);
        }
        Collections.shuffle(fresh, random);
        Collections.shuffle(seen, random);
        List<Question> picked = new ArrayList<>(fresh);
        picked.addAll(seen);
        picked = new ArrayList<>(picked.subList(0, Math.min(spec.count() - review.size(), picked.size())));
        picked.addAll(review);
        if (!review.isEmpty()) Collections.shuffle(picked, random); // review questions mixed in, not all at the end
        List<QuizItem> items = new ArrayList<>();
        for (Question q : picked) items.add(new QuizItem(q, order(q, random)));
        return new Quiz(spec.seed(), items);
    }

    /** A question for the spec's exam (any exam when none is chosen): review questions need only this. */
    private static boolean forExam(Question q, QuizSpec spec) {
        return spec.exam().isEmpty() || q.info().objectives().stream().anyMatch(o -> o.exam() == spec.exam().get());
    }

    /**
     * A quiz of exactly these questions, in this order ("retry what I missed"), their choices
     * shuffled by the seed as {@link #compose} shuffles them.
     */
    public static Quiz of(List<Question> questions, long seed) {
        Random random = new Random(seed);
        return new Quiz(seed, questions.stream().map(q -> new QuizItem(q, order(q, random))).toList());
    }

    /** Whether a question passes the spec's filters. */
    public static boolean matches(Question q, QuizSpec spec) {
        QuestionInfo info = q.info();
        if (spec.difficulty().isPresent() && info.difficulty() != spec.difficulty().get()) return false;
        if (!spec.topics().isEmpty() && !spec.topics().contains(info.topic().id())) return false;
        if (spec.scenario().isPresent() && !info.reference().scenario().equals(spec.scenario())) return false;
        List<ExamObjective> objectives = info.objectives().stream()
                .filter(o -> spec.exam().isEmpty() || o.exam() == spec.exam().get()).toList();
        if (objectives.isEmpty()) return false;
        return spec.objectives().isEmpty() || objectives.stream().anyMatch(o -> spec.objectives().contains(o.objective()));
    }

    private static List<Integer> order(Question q, Random random) {
        return switch (q) {
            case SingleChoice s -> options(s.options(), random);
            case MultipleChoice m -> options(m.options(), random);
            case TranscriptQuestion t -> options(t.options(), random);
            case Ordering o -> notInOrder(o.items().size(), random);
            case Matching m -> shuffled(m.rights().size(), random);
            case ConfigureTask c -> List.of();
        };
    }

    /** Options shuffled, except those that refer to the others by place, which stay where they are. */
    private static List<Integer> options(List<Option> options, Random random) {
        List<Integer> movable = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) if (!refersByPlace(options.get(i))) movable.add(i);
        List<Integer> moved = new ArrayList<>(movable);
        Collections.shuffle(moved, random);
        List<Integer> order = new ArrayList<>(IntStream.range(0, options.size()).boxed().toList());
        for (int k = 0; k < movable.size(); k++) order.set(movable.get(k), moved.get(k));
        return order;
    }

    static boolean refersByPlace(Option option) {
        String text = option.text().toLowerCase(java.util.Locale.ROOT);
        return text.contains("of the above") || text.contains("both of these") || text.contains("neither of these");
    }

    private static List<Integer> shuffled(int n, Random random) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(order, random);
        return order;
    }

    /** A shuffle that is not the answer itself. */
    private static List<Integer> notInOrder(int n, Random random) {
        List<Integer> identity = IntStream.range(0, n).boxed().toList();
        List<Integer> order;
        do {
            order = shuffled(n, random);
        } while (n > 1 && order.equals(identity));
        return order;
    }
}
