package org.mailsim.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.mailsim.net.ServicePort;
import org.mailsim.scenario.Difficulty;
import org.mailsim.scenario.Exam;
import org.mailsim.yaml.SchemaContract;
import org.mailsim.yaml.SchemaKeys;
import org.mailsim.yaml.YamlFiles;

/**
 * The JSON Schema for editors ({@code exam-questions/question.schema.json}) and the question
 * loader accept the same keys ({@link SchemaContract}): the fixture with one question of each type,
 * which between them use every key, loads without a problem, and its keys are exactly the
 * schema's, type by type and at every level. The schema spells types, topics, difficulties and
 * exams as the loader does, and every property has the description an editor shows on hover.
 */
class QuestionSchemaTest extends SchemaContract {
    QuestionSchemaTest() {
        super(Path.of("../exam-questions/question.schema.json"), Path.of("src/test/resources/quiz-fixtures/every-type.yaml"),
                Path.of("../exam-questions"));
    }

    @Override
    protected void assertLoadsWithoutAProblem(Path kitchenSink) {
        QuestionBank sink = QuestionBank.ofFiles(List.of(kitchenSink), Fixtures.SCENARIOS);
        assertThat(sink.problems()).map(Object::toString).isEmpty();
        assertThat(sink.questions()).map(q -> q.info().type()).containsExactlyInAnyOrder(QuestionType.values());
    }

    @Test
    void theSchemaSpellsTheWordsAsTheLoaderDoes() throws IOException {
        JsonNode defs = SchemaKeys.read(schema()).get("$defs");
        assertThat(words(defs.at("/questionType/enum"))).containsExactly(Arrays.stream(QuestionType.values()).map(QuestionType::word).toArray(String[]::new));
        List<String> branches = new ArrayList<>();
        for (JsonNode option : defs.at("/question/oneOf")) {
            branches.add(defs.at(option.get("$ref").asText().substring("#/$defs".length()) + "/properties/type/const").asText());
        }
        assertThat(branches).as("one oneOf branch per type").containsExactlyElementsOf(words(defs.at("/questionType/enum")));
        assertThat(words(defs.at("/topic/enum"))).containsExactly(Arrays.stream(Topic.values()).map(Topic::id).toArray(String[]::new));
        assertThat(words(defs.at("/difficulty/enum"))).containsExactlyInAnyOrderElementsOf(Difficulty.words().keySet());
        assertThat(words(defs.at("/exam/enum")).stream().map(w -> w.toLowerCase(Locale.ROOT)))
                .containsExactlyInAnyOrderElementsOf(Exam.spellings().keySet());
        assertThat(words(defs.at("/service/enum"))).containsExactly(Arrays.stream(ServicePort.values()).map(ServicePort::name).toArray(String[]::new));
    }

    @Test
    void everyPropertyIsDescribedForHoverHelp() throws IOException {
        assertThat(SchemaKeys.undescribed(SchemaKeys.read(schema()))).isEmpty();
    }

    @Test
    void whyIsRequiredWhereverItStands() throws IOException {
        Map<String, JsonNode> objects = SchemaKeys.objectSchemas(SchemaKeys.read(schema()));
        List<String> withWhy = objects.entrySet().stream().filter(e -> e.getValue().get("properties").has("why")).map(Map.Entry::getKey).toList();
        assertThat(withWhy).as("options, ordering items, matching pairs, configure tasks")
                .containsExactlyInAnyOrder("/$defs/options/items", "/$defs/ordering/properties/items/items",
                        "/$defs/matching/properties/pairs/items", "/$defs/configure");
        for (String pointer : withWhy) assertThat(words(objects.get(pointer).get("required"))).as(pointer).contains("why");
    }

    @Test
    void theSchemaTravelsWithTheBankButIsNotAQuestionFile() {
        assertThat(getClass().getClassLoader().getResource("exam-questions/question.schema.json")).isNotNull();
        assertThat(YamlFiles.builtIn("exam-questions", (name, file) -> name)).isNotEmpty().allMatch(n -> n.endsWith(".yaml"));
    }

    private static List<String> words(JsonNode array) {
        List<String> words = new ArrayList<>();
        array.forEach(w -> words.add(w.asText()));
        return words;
    }
}
