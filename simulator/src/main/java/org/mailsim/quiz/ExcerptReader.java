package org.mailsim.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mailsim.yaml.YamlFields;
import org.mailsim.yaml.YamlNode;

/**
 * Reads a transcript question's {@code excerpt:}. Whether the lines match the replay is checked
 * later, against the scenario ({@link ExcerptCheck}).
 */
final class ExcerptReader {
    private ExcerptReader() { }

    static Excerpt read(YamlFields question, String what) {
        Optional<YamlNode> node = question.node("excerpt");
        if (node.isEmpty()) {
            question.problem(question.position(), what + " needs 'excerpt': {scenario: ID, step: N, lines: [...]}");
            return new Excerpt("", 1, Optional.empty(), List.of());
        }
        YamlFields f = new YamlFields(node.get(), "'excerpt'", question.problems());
        String scenario = f.requiredText("scenario").strip();
        int step = f.number("step", 1, 1000).map(Long::intValue).orElse(1);
        if (!f.has("step")) f.problem(f.position(), "'excerpt' needs 'step': the step (1, 2, …) its lines come from");
        Optional<String> device = f.text("device").map(String::strip);
        List<String> lines = new ArrayList<>();
        for (YamlNode item : f.list("lines")) {
            String line = item instanceof YamlNode.Scalar s && s.text() != null ? s.text() : "";
            if (!WireLines.isWireLine(line)) {
                f.problem(item.position(), "each excerpt line starts with 'C: ', 'S: ', 'C| ', 'S| ' or '[TLS', as mailsim replay prints them; not '"
                        + line + "'");
            }
            lines.add(line);
        }
        if (lines.isEmpty()) f.problem(f.at("lines"), "'excerpt' needs 'lines': copied from mailsim replay " + (scenario.isEmpty() ? "ID" : scenario));
        f.rejectUnknownKeys();
        return new Excerpt(scenario, step, device, lines);
    }
}
