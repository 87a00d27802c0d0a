package org.mailsim.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An environment as on a machine without Java: this machine's PATH with every Java taken off it
 * and no JAVA_HOME. A folder on the PATH that holds Java (a JDK's bin/, or /usr/bin with its
 * java, javac, jar… links) is replaced by a copy made of links to everything else in it, so the
 * usual tools stay and no program that lives in a Java installation can be found.
 */
final class NoJavaPath {
    private NoJavaPath() { }

    static Map<String, String> environment(Path shadows, Path home) throws IOException {
        List<String> path = new ArrayList<>();
        int n = 0;
        for (String entry : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path dir = Path.of(entry.isEmpty() ? "." : entry);
            if (!Files.isDirectory(dir)) continue;
            if (!holdsJava(dir)) {
                path.add(entry);
            } else if (!isJavaHome(dir.toRealPath().getParent())) { // a JDK's own bin/ is dropped whole
                Path shadow = Files.createDirectories(shadows.resolve(String.valueOf(n++)));
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.toList()) {
                        if (!insideJava(file)) Files.createSymbolicLink(shadow.resolve(file.getFileName().toString()), file);
                    }
                }
                path.add(shadow.toString());
            }
        }
        Map<String, String> env = new HashMap<>();
        env.put("PATH", String.join(":", path));
        env.put("HOME", Files.createDirectories(home).toString());
        env.put("LANG", System.getenv().getOrDefault("LANG", "C.UTF-8"));
        return env;
    }

    /** The OS and CPU as scripts/package names them in the archive's name. */
    static String osName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return os.startsWith("mac") ? "macos" : os.startsWith("windows") ? "windows" : os;
    }

    static String archName() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch;
        };
    }

    private static boolean holdsJava(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(NoJavaPath::insideJava);
        }
    }

    /** Whether this file is, or links to, a program inside a Java installation. */
    private static boolean insideJava(Path file) {
        try {
            for (Path p = file.toRealPath().getParent(); p != null; p = p.getParent()) if (isJavaHome(p)) return true;
            return false;
        } catch (IOException brokenLink) {
            return false;
        }
    }

    private static boolean isJavaHome(Path dir) {
        return dir != null && Files.isRegularFile(dir.resolve("release")) && Files.exists(dir.resolve("bin").resolve("java"));
    }
}
