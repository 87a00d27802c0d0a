package org.mailsim.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.mailsim.content.ContentCheck;
import org.mailsim.content.ContentFile;
import org.mailsim.content.ContentReport;
import org.mailsim.quiz.QuestionBank;
import org.mailsim.quiz.ScenarioChecks;
import org.mailsim.rfc.RfcIndex;
import org.mailsim.scenario.CatalogEntry;
import org.mailsim.scenario.ScenarioCatalog;
import org.mailsim.scenario.ScenarioRunner;
import org.mailsim.yaml.YamlException;
import org.mailsim.yaml.YamlFiles;
import org.mailsim.yaml.YamlProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mailsim check [PATH…]}: validates scenario files and question files and prints each
 * problem as {@code file:line:column: message}. A file is a question file when it has a top-level
 * {@code questions:} or lies in a folder called {@code exam-questions}; any other YAML file is a
 * scenario. Questions are checked against the built-in scenarios and those of {@code --scenarios}.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks scenario files and question files (*.yaml) and prints each problem as file:line:column: message.",
                "A question file has a top-level 'questions:' or lies in a folder called exam-questions. Its scenario references, "
                        + "transcript excerpts and configure tasks are checked by replaying the scenarios, its port facts against the port table.",
                "Every RFC citation must name a section in mailsim's RFC index; no retired exam code may appear; over the question files, "
                        + "the correct option may be the strictly longest in at most 30 %% of the choice and transcript questions, "
                        + "and more than 1.3 times the longest wrong one in at most 10 %% (a question over 1.3 times is warned about).",
                "With no PATH, checks the scenarios and questions built into mailsim. Exits with 1 if any file has a problem."})
public final class CheckCommand implements Callable<Integer> {
    private static final Pattern QUESTIONS_KEY = Pattern.compile("(?m)^questions\\s*:");

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Scenario or question files, or folders of them.")
    List<Path> paths = new ArrayList<>();

    @Mixin
    ScenarioSource scenarios = new ScenarioSource();

    @Option(names = "--citations", description = "Only list every RFC citation: the cited section's own title beside the sentence "
            + "that cites it, for a reviewer to compare. Exits with 1 if a citation names no section of the index.")
    boolean citations;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                out.println(path + ": no such file or folder");
                out.flush();
                return 1;
            }
        }
        if (citations) return CitationListing.print(out, contentFiles());
        List<CatalogEntry> entries = new ArrayList<>();
        List<Path> questionFiles = new ArrayList<>();
        boolean builtIn = paths.isEmpty();
        if (builtIn) entries.addAll(ScenarioCatalog.load(Optional.empty()).entries());
        for (Path path : paths) {
            for (Path file : yamlFiles(path)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (isQuestionFile(file, text)) questionFiles.add(file);
                else entries.add(ScenarioCatalog.loadFile(file.toString(), text));
            }
        }
        Optional<QuestionBank> questions = Optional.empty();
        if (builtIn || !questionFiles.isEmpty()) {
            ScenarioChecks checks = new ScenarioChecks(ScenarioCatalog.load(scenarios.folder()), ScenarioRunner::run);
            questions = Optional.of(builtIn ? QuestionBank.load(Optional.empty(), checks) : QuestionBank.ofFiles(questionFiles, checks));
        }
        int shape = report(out, ScenarioCatalog.ofEntries(entries).entries(), questions);
        ContentReport content = ContentCheck.check(contentFiles(), RfcIndex.builtin());
        return ContentSummary.print(out, content) && shape == 0 ? 0 : 1;
    }

    /** The files to check as content: the built-in ones, or those named. */
    private List<ContentFile> contentFiles() throws Exception {
        if (paths.isEmpty()) return ContentCheck.builtIn();
        List<ContentFile> files = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : yamlFiles(path)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                files.add(new ContentFile(file.toString(), text, isQuestionFile(file, text)));
            }
        }
        return files;
    }

    private static int report(PrintWriter out, List<CatalogEntry> entries, Optional<QuestionBank> questions) {
        int problems = 0;
        Set<String> failed = new LinkedHashSet<>();
        for (CatalogEntry entry : entries) {
            if (entry instanceof CatalogEntry.Failed f) {
                failed.add(f.file());
                for (YamlProblem p : f.problems()) {
                    out.println(p);
                    problems++;
                }
            }
        }
        int files = entries.size();
        if (questions.isPresent()) {
            files += questions.get().files().size();
            for (YamlProblem p : questions.get().problems()) {
                out.println(p);
                failed.add(p.position().file());
                problems++;
            }
        }
        out.printf("%d file%s checked: %d OK, %d with problems (%d problem%s).%n", files, files == 1 ? "" : "s",
                files - failed.size(), failed.size(), problems, problems == 1 ? "" : "s");
        questions.ifPresent(q -> out.printf("%d question%s loaded from %d question file%s.%n", q.questions().size(),
                q.questions().size() == 1 ? "" : "s", q.files().size(), q.files().size() == 1 ? "" : "s"));
        out.flush();
        return failed.isEmpty() ? 0 : 1;
    }

    /** A file, or the YAML files of a folder (not its subfolders), in name order. */
    private static List<Path> yamlFiles(Path path) throws YamlException {
        return Files.isDirectory(path) ? YamlFiles.inFolder(path, (name, file) -> file) : List.of(path);
    }

    /** Questions: a top-level {@code questions:}, or a file in an {@code exam-questions} folder. */
    static boolean isQuestionFile(Path file, String text) {
        Path parent = file.toAbsolutePath().getParent();
        boolean inBankFolder = parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("exam-questions");
        return inBankFolder || QUESTIONS_KEY.matcher(text).find();
    }
}
