package org.mailsim.course;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.mailsim.yaml.Position;
import org.mailsim.yaml.YamlException;
import org.mailsim.yaml.YamlFields;
import org.mailsim.yaml.YamlFiles;
import org.mailsim.yaml.YamlNode;
import org.mailsim.yaml.YamlProblem;
import org.mailsim.yaml.YamlTree;

/**
 * Reads a course file and checks it against what it names:
 * <pre>
 * title: Email protocols, one lesson at a time
 * lessons:
 *   - id: imap-keeps-mail-on-the-server
 *     scenario: imap-phone-and-laptop      # must be in the catalog
 *     exercise: imap-other-device          # optional; must be one of the lab's exercises
 *     questions: 5                         # optional (5); the scenario must have questions
 *     title: …                             # optional; the scenario's title otherwise
 * </pre>
 * Every problem is reported at its place; a lesson with a problem is left out, the others load.
 */
public final class CourseReader {
    /** The built-in course, packaged from the repository's {@code course/} folder. */
    public static final String BUILT_IN = "course/course.yaml";
    static final int DEFAULT_QUESTIONS = 5;
    static final int MAX_QUESTIONS = 20;

    private CourseReader() { }

    /** The course packaged with mailsim; {@code titles} gives a scenario's title for lessons without their own. */
    public static Course builtIn(CourseRefs refs, Map<String, String> titles) {
        List<Course> found = YamlFiles.builtIn("course", (name, file) -> name.equals(BUILT_IN) ? readFile(name, file, refs, titles) : null);
        return found.stream().filter(c -> c != null).findFirst()
                .orElse(Course.empty(List.of(new YamlProblem(new Position(BUILT_IN, 1, 1), "the course file is missing from the build"))));
    }

    /** A course file on disk (for {@code mailsim check FILE}). */
    public static Course readFile(String name, Path file, CourseRefs refs, Map<String, String> titles) {
        try {
            return read(name, YamlFiles.text(name, file), refs, titles);
        } catch (YamlException e) {
            return Course.empty(e.problems());
        }
    }

    public static Course read(String name, String text, CourseRefs refs, Map<String, String> titles) {
        YamlNode root;
        try {
            root = YamlTree.parse(name, text);
        } catch (YamlException e) {
            return Course.empty(e.problems());
        }
        List<YamlProblem> problems = new ArrayList<>();
        YamlFields f = new YamlFields(root, "the course", problems);
        String title = f.requiredText("title").strip();
        List<YamlNode> items = f.list("lessons");
        if (items.isEmpty() && f.has("lessons")) f.problem(f.at("lessons"), "the course has no lessons");
        else if (!f.has("lessons")) f.problem(f.position(), "the course needs 'lessons', a list of lessons");
        f.rejectUnknownKeys();
        Map<String, Position> ids = new HashMap<>();
        List<Lesson> lessons = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lesson(items.get(i), i + 1, lessons.size() + 1, refs, titles, ids, problems).ifPresent(lessons::add);
        }
        return new Course(title, lessons, problems);
    }

    private static Optional<Lesson> lesson(YamlNode node, int index, int number, CourseRefs refs, Map<String, String> titles,
                                           Map<String, Position> ids, List<YamlProblem> problems) {
        List<YamlProblem> mine = new ArrayList<>();
        YamlFields f = new YamlFields(node, "lesson " + index, mine);
        String id = f.requiredText("id").strip();
        if (!id.isEmpty() && !id.matches("[a-z0-9][a-z0-9-]*")) {
            f.problem(f.at("id"), "'id' should be lower-case letters, digits and hyphens, not '" + id + "'");
        } else if (!id.isEmpty() && ids.containsKey(id)) {
            f.problem(f.at("id"), "the lesson id '" + id + "' is already used at line " + ids.get(id).line());
        } else if (!id.isEmpty()) {
            ids.put(id, f.at("id"));
        }
        String scenario = f.requiredText("scenario").strip();
        if (!scenario.isEmpty() && !refs.scenarios().contains(scenario)) {
            f.problem(f.at("scenario"), "there is no scenario '" + scenario + "'" + suggestion(scenario, refs.scenarios()));
        }
        Optional<String> exercise = f.text("exercise").map(String::strip);
        if (exercise.isPresent() && !refs.exercises().contains(exercise.get())) {
            f.problem(f.at("exercise"), "the lab has no exercise '" + exercise.get() + "'; it has " + String.join(", ", new TreeSet<>(refs.exercises())));
        }
        int questions = f.number("questions", 1, MAX_QUESTIONS).map(Long::intValue).orElse(DEFAULT_QUESTIONS);
        refs.questionsByScenario().ifPresent(counts -> {
            if (!scenario.isEmpty() && refs.scenarios().contains(scenario) && counts.getOrDefault(scenario, 0) == 0) {
                f.problem(f.at("scenario"), "no question refers to the scenario '" + scenario + "', so the lesson's quiz would be empty");
            }
        });
        Optional<String> ownTitle = f.text("title").map(String::strip).filter(t -> !t.isEmpty());
        f.rejectUnknownKeys();
        problems.addAll(mine);
        if (!mine.isEmpty()) return Optional.empty();
        String title = ownTitle.orElse(titles.getOrDefault(scenario, scenario));
        return Optional.of(new Lesson(number, id, title, scenario, exercise, questions));
    }

    private static String suggestion(String word, java.util.Set<String> known) {
        return known.stream().filter(k -> k.contains(word) || word.contains(k)).findFirst()
                .map(k -> "; did you mean '" + k + "'?").orElse("");
    }
}
