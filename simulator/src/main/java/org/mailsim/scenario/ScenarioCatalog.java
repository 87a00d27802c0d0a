package org.mailsim.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mailsim.yaml.Position;
import org.mailsim.yaml.YamlException;
import org.mailsim.yaml.YamlFiles;
import org.mailsim.yaml.YamlProblem;

/**
 * Every scenario mailsim knows: those packaged in the jar ({@code scenarios/*.yaml}) and those in
 * an instructor's folder. A file that fails to load is kept as {@link CatalogEntry.Failed} with
 * its problems, so it never takes the others down; the UI shows what is wrong with it.
 * A scenario in the folder replaces a built-in one with the same id.
 */
public final class ScenarioCatalog {
    private final List<CatalogEntry> entries;

    private ScenarioCatalog(List<CatalogEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The built-in scenarios, and those of {@code folder} if given. */
    public static ScenarioCatalog load(Optional<Path> folder) {
        List<CatalogEntry> all = new ArrayList<>(builtIn());
        folder.ifPresent(f -> all.addAll(fromFolder(f)));
        return new ScenarioCatalog(withDuplicateIdsMarked(all));
    }

    /** Only the files of one folder (for {@code mailsim check DIR}). */
    public static ScenarioCatalog ofFolder(Path folder) {
        return new ScenarioCatalog(withDuplicateIdsMarked(fromFolder(folder)));
    }

    /** Files loaded one by one (for {@code mailsim check FILE…}), with ids used twice marked. */
    public static ScenarioCatalog ofEntries(List<CatalogEntry> entries) {
        return new ScenarioCatalog(withDuplicateIdsMarked(entries));
    }

    public List<CatalogEntry> entries() {
        return entries;
    }

    /** Scenarios that loaded, later files replacing earlier ones with the same id, in id order. */
    public List<Scenario> scenarios() {
        Map<String, Scenario> byId = new HashMap<>();
        for (CatalogEntry e : entries) if (e instanceof CatalogEntry.Loaded l) byId.put(l.scenario().id(), l.scenario());
        return byId.values().stream().sorted(Comparator.comparing(Scenario::id)).toList();
    }

    public List<CatalogEntry.Failed> failures() {
        return entries.stream().filter(e -> e instanceof CatalogEntry.Failed).map(e -> (CatalogEntry.Failed) e).toList();
    }

    public Optional<Scenario> find(String id) {
        return scenarios().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Loads one file; any problem, including an unreadable file, comes back as {@link CatalogEntry.Failed}. */
    public static CatalogEntry loadFile(String name, String text) {
        try {
            return new CatalogEntry.Loaded(name, ScenarioLoader.load(name, text));
        } catch (YamlException e) {
            return new CatalogEntry.Failed(name, e.problems());
        }
    }

    static List<CatalogEntry> fromFolder(Path folder) {
        try {
            return YamlFiles.inFolder(folder, ScenarioCatalog::read);
        } catch (YamlException e) {
            return List.of(new CatalogEntry.Failed(folder.toString(), e.problems()));
        }
    }

    /** Every {@code scenarios/} folder on the class path (the jar's, and in tests the build's), merged. */
    private static List<CatalogEntry> builtIn() {
        return YamlFiles.builtIn("scenarios", ScenarioCatalog::read);
    }

    private static CatalogEntry read(String name, Path file) {
        try {
            return loadFile(name, YamlFiles.text(name, file));
        } catch (YamlException e) {
            return new CatalogEntry.Failed(name, e.problems());
        }
    }

    /** Two files of one source with the same id: the second is a problem (a copy that was not renamed). */
    private static List<CatalogEntry> withDuplicateIdsMarked(List<CatalogEntry> entries) {
        Map<String, String> firstFileById = new HashMap<>();
        List<CatalogEntry> checked = new ArrayList<>();
        for (CatalogEntry e : entries) {
            if (e instanceof CatalogEntry.Loaded l) {
                String first = firstFileById.putIfAbsent(l.scenario().id(), l.file());
                boolean sameSource = first != null && first.startsWith("scenarios/") == l.file().startsWith("scenarios/");
                if (sameSource) {
                    checked.add(new CatalogEntry.Failed(l.file(), List.of(new YamlProblem(new Position(l.file(), 1, 1),
                            "the id '" + l.scenario().id() + "' is already used by " + first))));
                    continue;
                }
            }
            checked.add(e);
        }
        return checked;
    }
}
