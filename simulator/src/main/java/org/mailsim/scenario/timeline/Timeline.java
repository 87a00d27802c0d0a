package org.mailsim.scenario.timeline;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mailsim.scenario.Scenario;
import org.mailsim.store.StoreSnapshot;
import org.mailsim.wire.ConnectionInfo;
import org.mailsim.wire.Exchange;
import org.mailsim.wire.TappedConnection;

/**
 * A scenario replayed: the server's starting mailbox and a record per step.
 *
 * @param start    the server's mailbox before the first step
 * @param tlsKeys  the devices' TLS session secrets in the NSS key log format ({@link org.mailsim.net.TlsKeyLog}),
 *                 to decrypt the replay's capture in Wireshark
 */
public record Timeline(Scenario scenario, StoreSnapshot start, List<StepRecord> steps, String tlsKeys) {
    public Timeline {
        steps = List.copyOf(steps);
        tlsKeys = tlsKeys == null ? "" : tlsKeys;
    }

    /** A timeline without TLS secrets. */
    public Timeline(Scenario scenario, StoreSnapshot start, List<StepRecord> steps) {
        this(scenario, start, steps, "");
    }

    /** True when every expectation of every step held. */
    public boolean passed() {
        return steps.stream().allMatch(StepRecord::passed);
    }

    /**
     * Every connection of the replay, put back together from the steps' wire slices: each once,
     * in order of first appearance, with its exchanges from every step and its metadata as of
     * the last step it appeared in (so a closed connection shows its close). What a capture
     * ({@code PcapExport}) is made of.
     */
    public List<TappedConnection> connections() {
        Map<String, ConnectionInfo> infos = new LinkedHashMap<>();
        Map<String, Set<Exchange>> exchanges = new LinkedHashMap<>();
        for (StepRecord step : steps) {
            for (WireSlice slice : step.wire()) {
                String id = slice.connection().id();
                infos.put(id, slice.connection());
                exchanges.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(slice.exchanges());
            }
        }
        return infos.values().stream().map(info -> new TappedConnection(info, List.copyOf(exchanges.get(info.id())))).toList();
    }

    public List<ExpectationResult> failures() {
        return steps.stream().flatMap(s -> s.results().stream()).filter(r -> !r.passed()).toList();
    }
}
