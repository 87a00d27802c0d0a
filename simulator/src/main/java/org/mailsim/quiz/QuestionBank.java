package org.mailsim.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.mailsim.yaml.Position;
import org.mailsim.yaml.YamlProblem;

/**
 * The question bank: every {@code exam-questions/*.yaml} on the class path (the jar's) and, if
 * given, the files of an extra folder. Loading checks each question completely (format, port
 * facts against the port table, references and transcript excerpts against the scenarios); a
 * question with a problem is left out and its problem listed in {@link #problems()} as
 * {@code file:line:column: message}, so a bad question never takes the others down.
 * An id used twice is a problem at the second use.
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
        List<QuestionFile> files = new ArrayList<>(builtIn(scenarios));
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
        if (!Files.isDirectory(folder)) {
            return List.of(new QuestionFile(folder.toString(), List.of(),
                    List.of(new YamlProblem(new Position(folder.toString(), 1, 1), "no such folder"))));
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(QuestionBank::isYaml).sorted().map(p -> read(p.toString(), p, scenarios)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** Every {@code exam-questions/} folder on the class path (the jar's, and in tests the build's). */
    private static List<QuestionFile> builtIn(ScenarioChecks scenarios) {
        List<QuestionFile> all = new ArrayList<>();
        try {
            var folders = QuestionBank.class.getClassLoader().getResources("exam-questions/");
            while (folders.hasMoreElements()) {
                URI uri = folders.nextElement().toURI();
                if (uri.getScheme().equals("jar")) {
                    all.addAll(listInJar(uri, scenarios));
                } else {
                    all.addAll(list(Path.of(uri), scenarios));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the built-in questions", e);
        }
        return all;
    }

    /** Reads the jar's folder; another thread may have the jar's file system open already. */
    private static List<QuestionFile> listInJar(URI uri, ScenarioChecks scenarios) throws IOException {
        synchronized (FileSystems.class) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return list(jar.getPath("/exam-questions"), scenarios);
            }
        }
    }

    private static List<QuestionFile> list(Path dir, ScenarioChecks scenarios) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(QuestionBank::isYaml).sorted(Comparator.comparing(Path::toString))
                    .map(p -> read("exam-questions/" + p.getFileName(), p, scenarios)).toList();
        }
    }

    static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(p);
    }

    private static QuestionFile read(String name, Path file, ScenarioChecks scenarios) {
        try {
            return QuestionFile.read(name, Files.readString(file, StandardCharsets.UTF_8), scenarios);
        } catch (MalformedInputException e) {
            return failed(name, "the file is not UTF-8 text");
        } catch (IOException e) {
            return failed(name, "cannot read the file: " + e.getMessage());
        }
    }

    private static QuestionFile failed(String name, String message) {
        return new QuestionFile(name, List.of(), List.of(new YamlProblem(new Position(name, 1, 1), message)));
    }
}
