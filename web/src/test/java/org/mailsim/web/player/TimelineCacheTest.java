package org.mailsim.web.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mailsim.scenario.ScenarioCatalog;

class TimelineCacheTest {
    @Test
    void aWarmedUpScenarioIsServedFromTheCacheNotReplayedAgain() {
        var scenarios = ScenarioCatalog.load(Optional.empty()).scenarios().subList(0, 3);
        TimelineCache cache = new TimelineCache();
        cache.warmUp(scenarios);
        var first = scenarios.get(0);
        assertThat(cache.timeline(first)).isSameAs(cache.timeline(first));
        assertThat(cache.timeline(first).scenario()).isEqualTo(first);
    }
}
