package org.mailsim.quiz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mailsim.yaml.Position;
import org.mailsim.yaml.YamlException;
import org.mailsim.yaml.YamlFiles;
import org.mailsim.yaml.YamlProblem;

/**
 * The question bank: every {@code exam-questions/*.yaml} on the class path (the jar's) and, if
 * given, the files of an extra folder. Loading checks each question completely (format, port
 * facts against the port table, references and transcript excerpts against the scenarios); a
 * question with a problem is left out and its problem listed in {@link #problems()} as
 * {@code file:line:column: message}, so a bad question never takes the others down.
 * An id used twice is a problem at the second use.
 * <p>Besides the agreed {@code load(Optional<Path>)} and {@code loadFile(name, text)}: overloads
 * taking the {@link ScenarioChecks} to check against (the web passes its own replay cache and an
 * instructor's scenarios), {@link #ofFolder} and {@link #ofFiles} for {@code mailsim check}, and
 * {@link #files()}.
 */
public final class QuestionBank {
    private final List<Question> questions;
    private final List<YamlProblem> problems;
    private final List<String> files;

    private QuestionBank(List<QuestionFile> read) {
        List<Question> all = new ArrayList<>();
        List<YamlProblem> found = new ArrayList<>();
        Map<String, Position> firstUse = new HashMap<>();
        for (QuestionFile file : read) {
            found.addAll(file.problems());
            for (QuestionFile.Located q : file.questions()) {
                Position first = firstUse.putIfAbsent(q.question().id(), q.at());
                if (first != null) {
                    found.add(new YamlProblem(q.at(), "the id '" + q.question().id() + "' is already used at " + first));
                } else {
                    all.add(q.question());
                }
            }
        }
        this.questions = List.copyOf(all);
        this.problems = List.copyOf(found);
        this.files = read.stream().map(QuestionFile::name).toList();
    }

    /** The built-in questions and those of {@code extraFolder}, checked against the built-in scenarios. */
    public static QuestionBank load(Optional<Path> extraFolder) {
        return load(extraFolder, ScenarioChecks.builtIn());
    }

    /** The built-in questions and those of {@code extraFolder}, checked against {@code scenarios}. */
    public static QuestionBank load(Optional<Path> extraFolder, ScenarioChecks scenarios) {
        List<QuestionFile> files = new ArrayList<>(YamlFiles.builtIn("exam-questions", (name, p) -> read(name, p, scenarios)));
        extraFolder.ifPresent(f -> files.addAll(fromFolder(f, scenarios)));
        return new QuestionBank(files);
    }

    /** Only the files of one folder (for {@code mailsim check DIR}). */
    public static QuestionBank ofFolder(Path folder, ScenarioChecks scenarios) {
        return new QuestionBank(fromFolder(folder, scenarios));
    }

    /** Only the given files (for {@code mailsim check FILE…}), ids checked across them. */
    public static QuestionBank ofFiles(List<Path> files, ScenarioChecks scenarios) {
        return new QuestionBank(files.stream().map(f -> read(f.toString(), f, scenarios)).toList());
    }

    /** One file's text, checked against the built-in scenarios. */
    public static QuestionBank loadFile(String name, String text) {
        return loadFile(name, text, ScenarioChecks.builtIn());
    }

    public static QuestionBank loadFile(String name, String text, ScenarioChecks scenarios) {
        return new QuestionBank(List.of(QuestionFile.read(name, text, scenarios)));
    }

    /** The questions that loaded, in file order. */
    public List<Question> questions() {
        return questions;
    }

    /** Every problem of every file, as {@code file:line:column: message}. */
    public List<YamlProblem> problems() {
        return problems;
    }

    /** The files read, as their positions name them. */
    public List<String> files() {
        return files;
    }

    public Optional<Question> byId(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    static List<QuestionFile> fromFolder(Path folder, ScenarioChecks scenarios) {
        try {
            return YamlFiles.inFolder(folder, (name, p) -> read(name, p, scenarios));
        } catch (YamlException e) {
            return List.of(new QuestionFile(folder.toString(), List.of(), e.problems()));
        }
    }

    private static QuestionFile read(String name, Path file, ScenarioChecks scenarios) {
        try {
            return QuestionFile.read(name, YamlFiles.text(name, file), scenarios);
        } catch (YamlException e) {
            return new QuestionFile(name, List.of(), e.problems());
        }
    }
}
