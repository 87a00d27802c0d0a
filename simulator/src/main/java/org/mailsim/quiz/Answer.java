package org.mailsim.quiz;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A learner's answer. Indexes always point into the question's own lists (its options, items,
 * pairs), never into the shuffled order it was shown in.
 */
public sealed interface Answer {
    /** Single, multiple and transcript questions: the options picked. */
    record Choice(Set<Integer> picked) implements Answer {
        public Choice {
            picked = Set.copyOf(picked);
        }
    }

    /** Ordering: the items' indexes in the order the learner put them. */
    record Order(List<Integer> itemIndexes) implements Answer {
        public Order {
            itemIndexes = List.copyOf(itemIndexes);
        }
    }

    /** Matching: for each pair's index (its left), the right the learner picked. */
    record Matches(Map<Integer, String> rightFor) implements Answer {
        public Matches {
            rightFor = Map.copyOf(rightFor);
        }
    }

    /** Configure: the settings the learner filled in. */
    record Settings(MailClientSettings settings) implements Answer { }
}
