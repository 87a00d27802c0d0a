package org.mailsim.scenario;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mailsim.yaml.FolderStamps;

/**
 * The catalog as a long-running program (the web UI) sees it: built-in scenarios and an
 * instructor's folder, reloaded when a file in the folder is added, changed or removed, so an
 * instructor editing a scenario sees the change on the next page load without a restart.
 * Checking costs one directory listing; files are parsed again only when something changed.
 */
public final class ScenarioLibrary {
    private final Optional<Path> folder;
    private Map<Path, FileTime> seen = Map.of();
    private ScenarioCatalog catalog;

    public ScenarioLibrary(Optional<Path> folder) {
        this.folder = folder;
        this.catalog = ScenarioCatalog.load(folder);
        this.seen = stamps();
    }

    /** The catalog, loaded again first if the folder's files changed since the last call. */
    public synchronized ScenarioCatalog current() {
        Map<Path, FileTime> now = stamps();
        if (!now.equals(seen)) {
            catalog = ScenarioCatalog.load(folder);
            seen = now;
        }
        return catalog;
    }

    private Map<Path, FileTime> stamps() {
        return FolderStamps.of(folder);
    }

    /** The folder's scenarios that failed to load, for the UI to show with their problems. */
    public List<CatalogEntry.Failed> failures() {
        return current().failures();
    }
}
