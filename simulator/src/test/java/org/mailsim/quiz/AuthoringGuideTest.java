package org.mailsim.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The worked examples in docs/question-authoring.md load without a problem, so the guide stays true. */
class AuthoringGuideTest {
    private static final Path GUIDE = Path.of("..", "docs", "question-authoring.md");

    private static List<String> examples() throws Exception {
        Matcher m = Pattern.compile("```yaml\n(questions:\n  - id: .*?)```", Pattern.DOTALL).matcher(Files.readString(GUIDE));
        List<String> found = new ArrayList<>();
        while (m.find()) if (!m.group(1).contains("\n    ...\n")) found.add(m.group(1)); // the outline is no example
        return found;
    }

    @Test
    void everyWorkedExampleLoadsWithoutAProblem() throws Exception {
        List<String> examples = examples();
        assertThat(examples).hasSize(6);
        List<QuestionType> types = new ArrayList<>();
        for (String yaml : examples) {
            QuestionBank bank = QuestionBank.loadFile("question-authoring.md", yaml, Fixtures.SCENARIOS);
            assertThat(bank.problems()).as(yaml).isEmpty();
            types.add(bank.questions().get(0).info().type());
        }
        assertThat(types).containsExactly(QuestionType.values());
    }
}
