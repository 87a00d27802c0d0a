package org.mailsim.scenario.timeline;

import java.util.List;

import org.mailsim.scenario.Scenario;
import org.mailsim.store.StoreSnapshot;

/**
 * A scenario replayed: the server's starting mailbox and a record per step.
 *
 * @param start  the server's mailbox before the first step
 */
public record Timeline(Scenario scenario, StoreSnapshot start, List<StepRecord> steps) {
    public Timeline {
        steps = List.copyOf(steps);
    }

    /** True when every expectation of every step held. */
    public boolean passed() {
        return steps.stream().allMatch(StepRecord::passed);
    }

    public List<ExpectationResult> failures() {
        return steps.stream().flatMap(s -> s.results().stream()).filter(r -> !r.passed()).toList();
    }
}
