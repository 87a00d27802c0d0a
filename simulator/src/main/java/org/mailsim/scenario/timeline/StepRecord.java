package org.mailsim.scenario.timeline;

import java.util.List;
import java.util.Map;

import org.mailsim.scenario.Step;
import org.mailsim.store.StoreDiff;
import org.mailsim.store.StoreSnapshot;

/**
 * One replayed step.
 *
 * @param step       the step as written
 * @param time       virtual time after the step, ISO-8601
 * @param wire       every connection that carried bytes (or opened or closed) during the step
 * @param store      the server's mailbox after the step
 * @param storeDiff  what the step changed on the server
 * @param devices    every device after the step, by name, in the scenario's order
 * @param results    the step's expectations, checked
 */
public record StepRecord(Step step, String time, List<WireSlice> wire, StoreSnapshot store, StoreDiff storeDiff,
                         Map<String, DeviceState> devices, List<ExpectationResult> results) {

    public StepRecord {
        wire = List.copyOf(wire);
        devices = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(devices));
        results = List.copyOf(results);
    }

    public boolean passed() {
        return results.stream().allMatch(ExpectationResult::passed);
    }
}
