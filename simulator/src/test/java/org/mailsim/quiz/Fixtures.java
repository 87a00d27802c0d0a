package org.mailsim.quiz;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Shared by the quiz tests: one scenario check (each scenario replayed once) and the fixture bank. */
final class Fixtures {
    /** Replays are the slow part of loading; every test class shares these. */
    static final ScenarioChecks SCENARIOS = ScenarioChecks.builtIn();

    private static QuestionBank everyType;

    private Fixtures() { }

    /** {@code quiz-fixtures/every-type.yaml}: one valid question of each type. */
    static synchronized QuestionBank everyType() {
        if (everyType == null) everyType = QuestionBank.ofFolder(folder(), SCENARIOS);
        return everyType;
    }

    static Path folder() {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource("quiz-fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The problems of one file's text, as {@code file:line:column: message}. */
    static List<String> problems(String yaml) {
        return QuestionBank.loadFile("q.yaml", yaml, SCENARIOS).problems().stream().map(Object::toString).toList();
    }

    @SuppressWarnings("unchecked")
    static <T extends Question> T question(String id) {
        return (T) everyType().byId(id).orElseThrow();
    }
}
