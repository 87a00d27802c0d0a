package org.mailsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * Which mailsim this is: the Maven project version and the git commit it was built from, written
 * into {@code build-info.properties} at build time (simulator/pom.xml). Built without git (from a
 * source tarball) the commit is unknown and says so; run from an IDE's classes without the
 * filtered resource, the version is "dev".
 *
 * @param version the Maven project version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit  the full commit id, when the build knew it
 */
public record BuildInfo(String version, Optional<String> commit) {

    private static final String RESOURCE = "build-info.properties";
    private static final BuildInfo CURRENT = read(BuildInfo.class.getResourceAsStream(RESOURCE));

    /** This build's information. */
    public static BuildInfo current() {
        return CURRENT;
    }

    /**
     * Reads the properties Maven filtered. A value Maven could not fill is still {@code ${…}}, and the
     * build writes "unknown" when git could not tell: both count as not known.
     */
    static BuildInfo read(InputStream in) {
        if (in == null) return new BuildInfo("dev", Optional.empty());
        Properties p = new Properties();
        try (in) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new BuildInfo(known(p, "version").orElse("dev"), known(p, "commit"));
    }

    private static Optional<String> known(Properties p, String key) {
        String value = p.getProperty(key, "").strip();
        return value.isEmpty() || value.startsWith("${") || value.equals("unknown") ? Optional.empty() : Optional.of(value);
    }

    /** The commit's first 10 hex digits, as a short id. */
    public Optional<String> shortCommit() {
        return commit.map(c -> c.substring(0, Math.min(10, c.length())));
    }

    /** One line: {@code 0.1.0 (commit 1a2b3c4d5e)}, or {@code 0.1.0 (commit unknown: built without git)}. */
    public String describe() {
        return version + " (" + shortCommit().map(c -> "commit " + c).orElse("commit unknown: built without git") + ")";
    }
}
