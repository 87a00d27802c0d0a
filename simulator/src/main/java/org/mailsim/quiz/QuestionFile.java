package org.mailsim.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mailsim.yaml.Position;
import org.mailsim.yaml.YamlException;
import org.mailsim.yaml.YamlFields;
import org.mailsim.yaml.YamlNode;
import org.mailsim.yaml.YamlProblem;
import org.mailsim.yaml.YamlTree;

/**
 * Reads one question file: a mapping with one key, {@code questions:}, a list of questions.
 * A question with problems is left out and its problems reported; the file's other questions
 * still load.
 *
 * @param questions  the questions that loaded, each with where its id stands (for duplicate ids)
 * @param problems   every problem found, in file order
 */
record QuestionFile(String name, List<Located> questions, List<YamlProblem> problems) {
    /** A question and the position of its {@code id}. */
    record Located(Question question, Position at) { }

    static QuestionFile read(String name, String text, ScenarioChecks checks) {
        YamlNode root;
        try {
            root = YamlTree.parse(name, text);
        } catch (YamlException e) {
            return new QuestionFile(name, List.of(), e.problems());
        }
        List<YamlProblem> problems = new ArrayList<>();
        YamlFields top = new YamlFields(root, "a question file", problems);
        if (!top.has("questions")) top.problem(top.position(), "a question file needs 'questions:', a list of questions");
        List<Located> questions = new ArrayList<>();
        List<YamlNode> nodes = top.list("questions");
        for (int i = 0; i < nodes.size(); i++) {
            YamlNode node = nodes.get(i);
            Optional<Question> q = QuestionReader.read(node, i + 1, checks, problems);
            q.ifPresent(question -> questions.add(new Located(question, idPosition(node))));
        }
        top.rejectUnknownKeys();
        problems.sort((a, b) -> a.position().line() != b.position().line()
                ? Integer.compare(a.position().line(), b.position().line())
                : Integer.compare(a.position().column(), b.position().column()));
        return new QuestionFile(name, questions, problems);
    }

    private static Position idPosition(YamlNode node) {
        if (node instanceof YamlNode.YamlMap m && m.entries().get("id") != null) return m.entries().get("id").value().position();
        return node.position();
    }
}
