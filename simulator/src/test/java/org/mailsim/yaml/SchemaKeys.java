package org.mailsim.yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Walks a YAML file and a JSON Schema for editors side by side (for {@link SchemaContract}) and
 * collects the paths of the keys the file uses and of the properties the schema allows where the
 * file has a mapping, like {@code /devices[]/settings/tls}.
 * <p>Where the schema offers a choice ({@code oneOf}), a list takes the array option, a mapping the first option with
 * properties whose {@code const} values it has, and the path of a key that not every option has
 * names what chose it: {@code /questions[]{type: single}/options}, but {@code /questions[]/stem}.
 * So each question type's own keys are held to the schema separately, and the keys every type
 * shares once.
 */
public final class SchemaKeys {
    private final JsonNode root;
    private final TreeSet<String> used = new TreeSet<>();
    private final TreeSet<String> allowed = new TreeSet<>();

    private SchemaKeys(JsonNode root) {
        this.root = root;
    }

    public static JsonNode read(Path schema) throws IOException {
        return new ObjectMapper().readTree(schema.toFile());
    }

    /** The keys {@code yaml} uses and those the schema allows where they stand. */
    public static SchemaKeys of(JsonNode schema, Path yaml) throws IOException {
        SchemaKeys keys = new SchemaKeys(schema);
        YamlNode tree;
        try {
            tree = YamlTree.parse(yaml.toString(), Files.readString(yaml, StandardCharsets.UTF_8));
        } catch (YamlException e) {
            throw new AssertionError(yaml + ": " + e.getMessage(), e);
        }
        keys.walk(tree, schema, "");
        return keys;
    }

    /** Paths of the keys the file uses, like {@code /devices[]/settings/tls}. */
    public TreeSet<String> used() {
        return used;
    }

    /** Paths of the properties the schema allows at every mapping of the file. */
    public TreeSet<String> allowed() {
        return allowed;
    }

    /** Every object schema that names properties, by its JSON pointer ({@code /$defs/options/items}). */
    public static Map<String, JsonNode> objectSchemas(JsonNode schema) {
        Map<String, JsonNode> found = new TreeMap<>();
        collectObjects(schema, "", found);
        return found;
    }

    /** JSON pointers of the properties that have no {@code description} (hover help), their own or their {@code $ref}'s. */
    public static List<String> undescribed(JsonNode schema) {
        SchemaKeys keys = new SchemaKeys(schema);
        List<String> missing = new ArrayList<>();
        objectSchemas(schema).forEach((pointer, object) -> {
            for (Map.Entry<String, JsonNode> property : object.get("properties").properties()) {
                if (!property.getValue().has("description") && !keys.deref(property.getValue()).has("description")) {
                    missing.add(pointer + "/properties/" + property.getKey());
                }
            }
        });
        return missing;
    }

    private void walk(YamlNode node, JsonNode schema, String path) {
        Choice s = choose(schema, node);
        if (node instanceof YamlNode.YamlMap map) {
            JsonNode properties = s.schema().path("properties");
            for (Map.Entry<String, JsonNode> property : properties.properties()) allowed.add(s.path(path, property.getKey()));
            for (Map.Entry<String, YamlNode.Entry> e : map.entries().entrySet()) {
                used.add(s.path(path, e.getKey()));
                if (properties.has(e.getKey())) walk(e.getValue().value(), properties.get(e.getKey()), s.path(path, e.getKey()));
            }
        } else if (node instanceof YamlNode.YamlList list) {
            for (YamlNode item : list.items()) walk(item, s.schema().path("items"), path + "[]");
        }
    }

    /**
     * The schema that applies to the node, what picked it among the {@code oneOf} options, and the
     * keys every option has.
     */
    private record Choice(JsonNode schema, String label, Set<String> shared) {
        String path(String base, String key) {
            return (shared.contains(key) ? base : base + label) + "/" + key;
        }
    }

    private Choice choose(JsonNode schema, YamlNode node) {
        JsonNode s = deref(schema);
        if (node instanceof YamlNode.YamlList && s.has("oneOf")) { // one thing or a list of them: the list's option
            for (JsonNode option : s.get("oneOf")) if ("array".equals(deref(option).path("type").asText())) return new Choice(deref(option), "", Set.of());
        }
        if (!(node instanceof YamlNode.YamlMap map) || !s.has("oneOf")) return new Choice(s, "", Set.of());
        List<JsonNode> options = new ArrayList<>();
        for (JsonNode option : s.get("oneOf")) if (deref(option).has("properties")) options.add(deref(option));
        Set<String> shared = options.isEmpty() ? Set.of() : names(options.getFirst());
        for (JsonNode o : options) shared.retainAll(names(o));
        for (JsonNode o : options) {
            StringBuilder label = new StringBuilder();
            boolean fits = true;
            for (Map.Entry<String, JsonNode> property : o.get("properties").properties()) {
                if (!property.getValue().has("const")) continue;
                String wanted = property.getValue().get("const").asText();
                YamlNode.Entry entry = map.entries().get(property.getKey());
                fits &= entry != null && entry.value() instanceof YamlNode.Scalar v && wanted.equals(v.text());
                label.append("{").append(property.getKey()).append(": ").append(wanted).append("}");
            }
            if (fits) return new Choice(o, label.toString(), shared);
        }
        return new Choice(s, "", Set.of());
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.get("properties").properties().forEach(p -> names.add(p.getKey()));
        return names;
    }

    private JsonNode deref(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) s = root.at(s.get("$ref").asText().substring(1));
        return s;
    }

    private static void collectObjects(JsonNode node, String pointer, Map<String, JsonNode> found) {
        if (node.isObject()) {
            if (node.path("properties").isObject()) found.put(pointer, node);
            for (Map.Entry<String, JsonNode> e : node.properties()) collectObjects(e.getValue(), pointer + "/" + e.getKey(), found);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) collectObjects(node.get(i), pointer + "/" + i, found);
        }
    }
}
