package org.mailsim.yaml;

import java.io.IOException;
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
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * The YAML files mailsim reads: those packaged with it ({@code scenarios/}, {@code exam-questions/})
 * and an instructor's, with a failure to read turned into a problem at the file's first line.
 */
public final class YamlFiles {
    private YamlFiles() { }

    /**
     * Reads every YAML file of every {@code folder/} on the class path (the jar's, and in tests the
     * build's), in name order, each named {@code folder/file.yaml}.
     *
     * @param reader  turns a file's name and path into what the caller keeps
     */
    public static <T> List<T> builtIn(String folder, BiFunction<String, Path, T> reader) {
        List<T> all = new ArrayList<>();
        try {
            var folders = YamlFiles.class.getClassLoader().getResources(folder + "/");
            while (folders.hasMoreElements()) {
                URI uri = folders.nextElement().toURI();
                if (uri.getScheme().equals("jar")) {
                    all.addAll(inJar(uri, folder, reader));
                } else {
                    all.addAll(list(Path.of(uri), folder + "/", reader));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the built-in " + folder, e);
        }
        return all;
    }

    /**
     * The jar opened as a file system once and kept open while the JVM runs: opening it reads the
     * jar's whole directory (thousands of entries), which cost {@code serve} some 50 ms a time when the
     * scenarios, questions and course each opened it (docs/benchmarks.md, "Start-up").
     */
    private static final Map<String, FileSystem> JARS = new java.util.concurrent.ConcurrentHashMap<>();

    private static <T> List<T> inJar(URI uri, String folder, BiFunction<String, Path, T> reader) throws IOException {
        String jar = uri.toString().substring(0, uri.toString().indexOf("!/"));
        FileSystem fs;
        try {
            fs = JARS.computeIfAbsent(jar, j -> open(uri));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return list(fs.getPath("/" + folder), folder + "/", reader);
    }

    private static FileSystem open(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (java.nio.file.FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri); // opened by other code of this JVM: share it
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <T> List<T> list(Path dir, String prefix, BiFunction<String, Path, T> reader) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(YamlFiles::isYaml).sorted(Comparator.comparing(Path::toString))
                    .map(p -> reader.apply(prefix + p.getFileName(), p)).toList();
        }
    }

    /**
     * Reads the YAML files of an instructor's folder (not its subfolders), in name order, each
     * named by its path.
     *
     * @throws YamlException when the folder does not exist
     */
    public static <T> List<T> inFolder(Path folder, BiFunction<String, Path, T> reader) throws YamlException {
        if (!Files.isDirectory(folder)) throw new YamlException(new Position(folder.toString(), 1, 1), "no such folder");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(YamlFiles::isYaml).sorted().map(p -> reader.apply(p.toString(), p)).toList();
        } catch (IOException e) {
            throw new YamlException(new Position(folder.toString(), 1, 1), "cannot list the folder: " + e.getMessage());
        }
    }

    /** A regular file named {@code *.yaml} or {@code *.yml}. */
    public static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(p);
    }

    /** The file's text; a file that cannot be read, or is not UTF-8, is a problem at {@code name:1:1}. */
    public static String text(String name, Path file) throws YamlException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new YamlException(new Position(name, 1, 1), "the file is not UTF-8 text");
        } catch (IOException e) {
            throw new YamlException(new Position(name, 1, 1), "cannot read the file: " + e.getMessage());
        }
    }
}
