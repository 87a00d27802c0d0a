package org.mailsim.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailsim.rfc.Citation;
import org.mailsim.rfc.Resolution;
import org.mailsim.rfc.RfcIndex;

/** The content built into mailsim meets the checks {@code mailsim check} applies. */
class BuiltInContentTest {
    private static ContentReport report;

    @BeforeAll
    static void check() {
        report = ContentCheck.check(ContentCheck.builtIn(), RfcIndex.builtin());
    }

    @Test
    void everyCitationInTheScenariosAndQuestionsResolvesToASectionOfTheIndex() {
        assertThat(report.citations()).hasSizeGreaterThan(100);
        assertThat(report.citations().stream().filter(c -> !c.resolution().resolved()).map(c -> c.asError().toString()))
                .isEmpty();
    }

    @Test
    void everySectionTheContentCitesHasASummaryForItsRfcPage() {
        assertThat(report.citations().stream().map(CitedText::resolution)
                .filter(r -> r instanceof Resolution.Section s && s.section().summary().isEmpty())
                .map(r -> ((Resolution.Section) r).section().toString() + " (cited at " + r.citation().label() + ")").distinct())
                .as("sections cited without a summary in rfc/summaries.yaml").isEmpty();
    }

    @Test
    void everySectionTheExplainPanelCitesIsInTheIndex() throws Exception {
        List<String> unresolved = new ArrayList<>();
        int checked = 0;
        try (InputStream in = getClass().getResourceAsStream("/explain/explanations.yaml")) {
            Map<String, Map<String, Object>> groups = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() { });
            for (var group : groups.entrySet()) {
                for (var row : group.getValue().entrySet()) {
                    if (!(row.getValue() instanceof Map<?, ?> fields) || !(fields.get("rfc") instanceof String rfc) || rfc.isBlank()) continue;
                    String section = fields.get("section") instanceof String s ? s.replace("§", "").strip() : "";
                    Citation c = new Citation(Integer.parseInt(rfc.replace("RFC", "").strip()),
                            section.isEmpty() ? Optional.empty() : Optional.of(section), 0, 1);
                    checked++;
                    if (!RfcIndex.builtin().resolve(c).resolved()) unresolved.add(group.getKey() + "/" + row.getKey() + ": " + c.label());
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(unresolved).isEmpty();
    }

    @Test
    void noRetiredExamCodeIsLeft() {
        assertThat(report.errors().stream().filter(f -> f.message().startsWith("retired exam code")).map(Finding::toString)).isEmpty();
    }

    @Test
    void theCorrectAnswerCannotBePickedByItsLength() {
        CueFigures cues = report.cues().orElseThrow();
        assertThat(cues.questions()).isGreaterThanOrEqualTo(CueFigures.MIN_QUESTIONS);
        assertThat(cues.longestPercent()).as(cues.toString()).isLessThanOrEqualTo(CueFigures.MAX_LONGEST_PERCENT);
        assertThat(cues.muchLongerPercent()).as(cues.toString()).isLessThanOrEqualTo(CueFigures.MAX_MUCH_LONGER_PERCENT);
    }

    @Test
    void theBuiltInContentPassesEveryContentCheck() {
        assertThat(report.errors().stream().map(Finding::toString)).isEmpty();
        assertThat(report.passes()).isTrue();
    }
}
