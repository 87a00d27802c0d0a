package org.mailsim.quiz;

import java.util.Optional;

/**
 * Where a question's fact comes from: an RFC section ({@code "RFC 3501 §6.4.3"}, several joined
 * with {@code ;}), a scenario step (1-based, as in {@code /scenarios/{id}/steps/{n}}), or both.
 */
public record Reference(Optional<String> rfc, Optional<String> scenario, Optional<Integer> step) {
    public Reference {
        rfc = rfc == null ? Optional.empty() : rfc;
        scenario = scenario == null ? Optional.empty() : scenario;
        step = step == null ? Optional.empty() : step;
        if (step.isPresent() && scenario.isEmpty()) throw new IllegalArgumentException("a step needs a scenario");
    }

    /** The player's address for the step ("see it happen"), when the reference names a scenario. */
    public Optional<String> playerPath() {
        return scenario.map(s -> "/scenarios/" + s + step.map(n -> "/steps/" + n).orElse(""));
    }
}
