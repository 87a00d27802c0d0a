package org.mailsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailsim.scenario.timeline.Timeline;
import org.mailsim.scenario.timeline.TimelineJson;
import org.mailsim.scenario.timeline.TimelineText;

/**
 * Every built-in scenario replays with all its expectations holding, gives byte-identical exports
 * twice over, and matches its golden transcript in {@code src/test/resources/golden/ID.md}, so a
 * change in an engine's behaviour shows up here as a readable diff. After a deliberate change,
 * accept the new transcripts with {@code mvn -pl simulator test -Dtest=ScenarioCatalogReplayTest -Dmailsim.updateGolden=true}
 * and review them in the commit's diff.
 */
class ScenarioCatalogReplayTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Scenario> scenarios() {
        return ScenarioCatalog.load(Optional.empty()).scenarios().stream();
    }

    @Test
    void everyBuiltInScenarioFileLoads() {
        ScenarioCatalog catalog = ScenarioCatalog.load(Optional.empty());
        assertThat(catalog.failures()).as("scenario files with problems").isEmpty();
        assertThat(catalog.scenarios()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void replaysWithEveryExpectationHolding(Scenario scenario) {
        Timeline timeline = ScenarioRunner.run(scenario);
        assertThat(timeline.failures()).as("failed expectations of " + scenario.id() + ":\n"
                + TimelineText.render(timeline, TimelineText.Style.TEXT)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void twoReplaysGiveIdenticalExportsMatchingTheGoldenTranscript(Scenario scenario) throws IOException {
        Timeline first = ScenarioRunner.run(scenario);
        Timeline second = ScenarioRunner.run(scenario);
        String markdown = TimelineText.render(first, TimelineText.Style.MARKDOWN);
        assertThat(TimelineText.render(second, TimelineText.Style.MARKDOWN)).isEqualTo(markdown);
        assertThat(TimelineJson.render(second)).isEqualTo(TimelineJson.render(first));

        Path golden = GOLDEN.resolve(scenario.id() + ".md");
        if (Boolean.getBoolean("mailsim.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, markdown, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden transcript for " + scenario.id()
                + " (create it with -Dmailsim.updateGolden=true, then review it)").exists();
        List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
        assertThat(List.of(markdown.split("\n", -1)).subList(0, markdown.split("\n", -1).length - 1))
                .as("the replay of " + scenario.id() + " differs from " + golden + "; if the change is intended, "
                        + "accept it with -Dmailsim.updateGolden=true")
                .containsExactlyElementsOf(expected);
    }
}
