package org.mailsim.quiz;

import java.util.List;
import java.util.Optional;

/**
 * How one answer was graded.
 *
 * @param correct   right by the all-or-nothing rule (the score counts this)
 * @param partial   partial credit, 0 to 1, shown beside the score but never added to it
 * @param feedback  one line per option / item / pair: what was right or wrong and why
 * @param run       for a configure task, what happened when its settings were run
 */
public record Grade(boolean correct, double partial, List<String> feedback, Optional<ConfigureOutcome> run) {
    public Grade {
        if (partial < 0 || partial > 1) throw new IllegalArgumentException("partial credit is 0 to 1: " + partial);
        feedback = List.copyOf(feedback);
        run = run == null ? Optional.empty() : run;
    }
}
