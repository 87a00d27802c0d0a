package org.mailsim.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with its position: a mapping, a sequence, or a scalar (text, number, true/false, null). */
public sealed interface YamlNode {
    Position position();

    /** What kind of value this is, in an author's words, for error messages. */
    String kind();

    /** A mapping; keys keep their order and their own positions. */
    record YamlMap(Position position, Map<String, Entry> entries) implements YamlNode {
        public YamlMap {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public String kind() {
            return "a mapping (key: value lines)";
        }
    }

    /** One key of a mapping: where the key stands, and its value. */
    record Entry(String key, Position keyPosition, YamlNode value) { }

    record YamlList(Position position, List<YamlNode> items) implements YamlNode {
        public YamlList {
            items = List.copyOf(items);
        }

        public String kind() {
            return "a list (lines starting with -)";
        }
    }

    /** A scalar as written; {@code null} text for YAML null ({@code ~}, empty). */
    record Scalar(Position position, String text) implements YamlNode {
        public String kind() {
            return text == null ? "nothing (null)" : "a single value";
        }
    }
}
