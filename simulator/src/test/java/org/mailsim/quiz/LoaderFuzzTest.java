package org.mailsim.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.mailsim.scenario.ScenarioCatalog;
import org.mailsim.scenario.ScenarioLoader;
import org.mailsim.yaml.YamlException;
import org.mailsim.yaml.YamlProblem;

/**
 * Fuzzes the two YAML loaders an instructor feeds by hand. Invariant: whatever the file holds,
 * the loader either loads it or reports problems, and every problem names the file, a line and a
 * column that exist ("file:line:column: problem"); no other exception escapes. Seeds are the
 * built-in scenario and question files ({@code LoaderFuzzTestInputs/}).
 */
class LoaderFuzzTest {
    private static final ScenarioChecks NO_SCENARIOS = new ScenarioChecks(ScenarioCatalog.ofEntries(List.of()),
            scenario -> { throw new IllegalStateException("no scenario is replayed while fuzzing"); });

    @FuzzTest
    void everyScenarioProblemNamesFileLineAndColumn(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            ScenarioLoader.load("fuzz.yaml", text);
        } catch (YamlException e) {
            assertPositions(e.problems(), text);
        }
    }

    @FuzzTest
    void everyQuestionProblemNamesFileLineAndColumn(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        assertPositions(QuestionFile.read("fuzz.yaml", text, NO_SCENARIOS).problems(), text);
    }

    private static void assertPositions(List<YamlProblem> problems, String text) {
        long lines = text.lines().count() + 1;
        for (YamlProblem p : problems) {
            assertThat(p.position().file()).isEqualTo("fuzz.yaml");
            assertThat(p.position().line()).as(p.toString()).isBetween(1, (int) Math.max(lines, 1));
            assertThat(p.position().column()).as(p.toString()).isPositive();
            assertThat(p.message()).isNotBlank();
        }
    }
}
