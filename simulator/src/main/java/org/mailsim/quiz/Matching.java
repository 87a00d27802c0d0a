package org.mailsim.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * Match each left to a right: 3–8 pairs, plus distractors (rights that match nothing).
 * The choices offered for every left are {@link #rights()}.
 */
public record Matching(QuestionInfo info, List<Pair> pairs, List<String> distractors) implements Question {
    public Matching {
        pairs = List.copyOf(pairs);
        distractors = List.copyOf(distractors);
    }

    /** Every right-hand choice: the pairs' rights in file order, then the distractors. */
    public List<String> rights() {
        List<String> rights = new ArrayList<>();
        for (Pair p : pairs) if (!rights.contains(p.right())) rights.add(p.right());
        for (String d : distractors) if (!rights.contains(d)) rights.add(d);
        return List.copyOf(rights);
    }
}
