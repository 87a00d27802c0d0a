package org.mailsim.quiz;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.mailsim.yaml.FolderStamps;
import org.mailsim.yaml.YamlProblem;

/**
 * The question bank as a long-running program (the web UI) sees it, the way
 * {@link org.mailsim.scenario.ScenarioLibrary} sees the catalog: loaded on first use (checking a
 * bank replays scenarios, seconds of CPU), and loaded again when a file of the instructor's
 * {@code --questions} folder is added, changed or removed, on the next use. Looking costs a
 * directory listing; the files are read again only after a change.
 *
 * <p>A reload that finds a problem the bank in use did not have (a file saved half-edited, a
 * typo) keeps the last good bank, so students in the middle of a quiz keep their questions, and
 * lists the new problems as {@code file:line:column: message} until the file is fixed.
 */
public final class QuestionLibrary {
    private final Optional<Path> folder;
    private final Supplier<QuestionBank> load;
    private Map<Path, FileTime> seen;
    private QuestionBank bank;
    private List<YamlProblem> problems = List.of();
    private boolean keptLastGood;
    private boolean stale = true;
    private long generation;

    /** @param load reads the built-in questions and those of {@code folder} */
    public QuestionLibrary(Optional<Path> folder, Supplier<QuestionBank> load) {
        this.folder = folder;
        this.load = load;
        this.seen = FolderStamps.of(folder);
    }

    /** The bank, loaded first on first use or after the folder changed. */
    public synchronized QuestionBank current() {
        look();
        if (stale) reload();
        return bank;
    }

    /** The problems of the latest load (with the last good bank kept, those that kept it out). */
    public synchronized List<YamlProblem> problems() {
        current();
        return problems;
    }

    /** Whether the latest load had new problems, so the questions in use are those of the load before. */
    public synchronized boolean keptLastGood() {
        current();
        return keptLastGood;
    }

    /**
     * A number that changes whenever the bank in use or its problems may have changed; never
     * loads the bank itself (a page cache asks on every page load), only looks at the folder.
     */
    public synchronized long generation() {
        look();
        return generation;
    }

    private void look() {
        if (folder.isEmpty()) return;
        Map<Path, FileTime> now = FolderStamps.of(folder);
        if (!now.equals(seen)) {
            seen = now;
            stale = true;
            generation++;
        }
    }

    private void reload() {
        QuestionBank fresh = load.get();
        stale = false; // the generation moved when the change was seen, before any page asked for the bank
        Set<String> known = new HashSet<>();
        if (bank != null) bank.problems().forEach(p -> known.add(p.toString()));
        boolean worse = bank != null && fresh.problems().stream().anyMatch(p -> !known.contains(p.toString()));
        keptLastGood = worse;
        problems = fresh.problems();
        if (!worse) bank = fresh;
    }
}
