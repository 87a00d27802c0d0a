package org.mailsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.mailsim.yaml.YamlNode;
import org.mailsim.yaml.YamlTree;

/**
 * The JSON Schema for editors ({@code scenarios/scenario.schema.json}) and the loader accept the
 * same keys: a scenario using every key the schema names loads without a problem, and its keys
 * are exactly the schema's, at every level.
 */
class ScenarioSchemaTest {
    private static final Path SCHEMA = Path.of("../scenarios/scenario.schema.json");
    private static final Path KITCHEN_SINK = Path.of("src/test/resources/schema/kitchen-sink.yaml");

    @Test
    void theLoaderAcceptsEveryKeyTheSchemaNames() throws Exception {
        ScenarioLoader.load("kitchen-sink.yaml", Files.readString(KITCHEN_SINK, StandardCharsets.UTF_8)); // no problem reported
    }

    @Test
    void theSchemaNamesExactlyTheKeysOfTheFormat() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
        YamlNode sink = YamlTree.parse("kitchen-sink.yaml", Files.readString(KITCHEN_SINK, StandardCharsets.UTF_8));
        TreeSet<String> used = new TreeSet<>();
        TreeSet<String> allowed = new TreeSet<>();
        walk(sink, schema, schema, "", used, allowed);
        assertThat(used).as("keys in the kitchen sink").isEqualTo(allowed);
    }

    @Test
    void everyBuiltInScenarioUsesOnlyKeysTheSchemaKnows() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
        try (var files = Files.list(Path.of("../scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                TreeSet<String> used = new TreeSet<>();
                TreeSet<String> allowed = new TreeSet<>();
                try {
                    walk(YamlTree.parse(file.toString(), Files.readString(file)), schema, schema, "", used, allowed);
                } catch (Exception e) {
                    throw new AssertionError(file + ": " + e.getMessage(), e);
                }
                assertThat(allowed).as(file + " uses keys the schema does not name").containsAll(used);
            }
        }
    }

    /** Collects the paths of keys used in the YAML, and of properties the schema allows where the YAML goes. */
    private static void walk(YamlNode node, JsonNode schema, JsonNode root, String path, TreeSet<String> used, TreeSet<String> allowed) {
        JsonNode s = resolve(schema, root, node);
        if (node instanceof YamlNode.YamlMap map) {
            JsonNode properties = s.path("properties");
            for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) allowed.add(path + "/" + names.next());
            for (Map.Entry<String, YamlNode.Entry> e : map.entries().entrySet()) {
                used.add(path + "/" + e.getKey());
                if (properties.has(e.getKey())) walk(e.getValue().value(), properties.get(e.getKey()), root, path + "/" + e.getKey(), used, allowed);
            }
        } else if (node instanceof YamlNode.YamlList list) {
            for (YamlNode item : list.items()) walk(item, s.path("items"), root, path + "[]", used, allowed);
        }
    }

    private static JsonNode resolve(JsonNode schema, JsonNode root, YamlNode node) {
        if (schema.has("$ref")) schema = root.at(schema.get("$ref").asText().substring(1));
        String type = node instanceof YamlNode.YamlMap ? "object" : node instanceof YamlNode.YamlList ? "array" : null;
        if (schema.has("oneOf") && type != null) {
            for (JsonNode option : schema.get("oneOf")) {
                JsonNode resolved = resolve(option, root, new YamlNode.Scalar(node.position(), null));
                if (type.equals(resolved.path("type").asText())) return resolved;
            }
        }
        return schema;
    }
}
