package org.mailsim.web.player;

import java.util.HashMap;
import java.util.Map;

import org.mailsim.scenario.Scenario;
import org.mailsim.scenario.ScenarioRunner;
import org.mailsim.scenario.timeline.Timeline;

/**
 * Replays each scenario once and keeps its timeline, until the scenario itself changes (an
 * instructor edited the file, so the library loaded a different value). Replays are
 * deterministic, so a kept timeline is exactly what a new replay would give.
 */
public final class TimelineCache {
    private record Kept(Scenario scenario, Timeline timeline) { }

    private final Map<String, Kept> byId = new HashMap<>();

    public synchronized Timeline timeline(Scenario scenario) {
        Kept kept = byId.get(scenario.id());
        if (kept == null || !kept.scenario().equals(scenario)) {
            kept = new Kept(scenario, ScenarioRunner.run(scenario));
            byId.put(scenario.id(), kept);
        }
        return kept.timeline();
    }

    /** Replays every scenario ahead of the first request; one failing replay does not stop the others. */
    public void warmUp(java.util.List<Scenario> scenarios) {
        for (Scenario scenario : scenarios) {
            try {
                timeline(scenario);
            } catch (RuntimeException e) {
                System.getLogger(TimelineCache.class.getName()).log(System.Logger.Level.WARNING,
                        "replaying " + scenario.id() + " failed; its page will say so", e);
            }
        }
    }
}
