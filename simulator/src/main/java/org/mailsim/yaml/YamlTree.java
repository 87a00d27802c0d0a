package org.mailsim.yaml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Reads YAML text into a {@link YamlNode} tree with positions, using Jackson's streaming YAML parser. */
public final class YamlTree {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlTree() { }

    /**
     * Parses one YAML document.
     *
     * @param file  the name to put in positions (a path, or a resource name)
     * @throws YamlException when the text is not YAML, with the parser's position, or when a key repeats
     */
    public static YamlNode parse(String file, String text) throws YamlException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) throw new YamlException(new Position(file, 1, 1), "the file is empty");
            List<YamlProblem> problems = new ArrayList<>();
            YamlNode root = read(file, parser, problems);
            if (!problems.isEmpty()) throw new YamlException(problems);
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Position where = at == null ? new Position(file, 1, 1) : new Position(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            throw new YamlException(where, "this is not valid YAML: " + oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new YamlException(new Position(file, 1, 1), "cannot read: " + e.getMessage());
        }
    }

    /**
     * The parser's message on one line: its explanations ("while parsing a flow mapping",
     * "expected ',' or '}', but got ?") without the quoted snippet and caret lines, since the
     * position is already given.
     */
    static String oneLine(String message) {
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (String line : message.split("\\R")) {
            if (line.isBlank() || line.startsWith(" ") || line.startsWith("\t")) continue; // snippet, caret, " in 'reader'"
            kept.add(line.trim());
        }
        return kept.isEmpty() ? message.trim() : String.join(": ", kept);
    }

    private static YamlNode read(String file, JsonParser parser, List<YamlProblem> problems) throws IOException {
        Position at = position(file, parser);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Position keyAt = position(file, parser);
                    parser.nextToken();
                    YamlNode value = read(file, parser, problems);
                    if (entries.containsKey(key)) {
                        problems.add(new YamlProblem(keyAt, "'" + key + "' appears twice in this mapping"));
                    } else {
                        entries.put(key, new YamlNode.Entry(key, keyAt, value));
                    }
                }
                return new YamlNode.YamlMap(at, entries);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) items.add(read(file, parser, problems));
                return new YamlNode.YamlList(at, items);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(at, null);
            }
            default -> {
                return new YamlNode.Scalar(at, parser.getText());
            }
        }
    }

    private static Position position(String file, JsonParser parser) {
        JsonLocation location = parser.currentTokenLocation();
        return new Position(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
