package org.mailsim.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The YAML files of an instructor's folder with their last-modified times: two stamps differ when
 * a file was added, changed or removed. Taking one costs a directory listing, so a long-running
 * program (the web UI) can look on every page load and read the files again only on a change.
 */
public final class FolderStamps {
    private FolderStamps() { }

    /** Every {@code *.yaml}/{@code *.yml} file of the folder and its time; empty without a folder, or one that cannot be listed. */
    public static Map<Path, FileTime> of(Optional<Path> folder) {
        Map<Path, FileTime> stamps = new TreeMap<>();
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) return stamps;
        try (Stream<Path> files = Files.list(folder.get())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).toList()) {
                stamps.put(file, Files.getLastModifiedTime(file));
            }
        } catch (IOException e) {
            return Map.of(); // the folder vanished or cannot be read: the next load says so in its problems
        }
        return stamps;
    }
}
