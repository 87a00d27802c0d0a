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
 * @param version    the Maven project version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit     the full commit id, when the build knew it
 * @param commitDate the commit's date (UTC, yyyy-MM-dd), when the build knew it
 * @param modified   whether the working tree had uncommitted changes to tracked files
 */
public record BuildInfo(String version, Optional<String> commit, Optional<String> commitDate, boolean modified) {

    private static final String RESOURCE = "build-info.properties";
    private static final BuildInfo CURRENT = read(BuildInfo.class.getResourceAsStream(RESOURCE));

    /** This build's information. */
    public static BuildInfo current() {
        return CURRENT;
    }

    /** Reads the properties Maven filtered; a value Maven could not fill is still {@code ${…}} and counts as unknown. */
    static BuildInfo read(InputStream in) {
        if (in == null) return new BuildInfo("dev", Optional.empty(), Optional.empty(), false);
        Properties p = new Properties();
        try (in) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new BuildInfo(known(p, "version").orElse("dev"), known(p, "commit"), known(p, "commitDate"),
                known(p, "dirty").map(Boolean::parseBoolean).orElse(false));
    }

    private static Optional<String> known(Properties p, String key) {
        String value = p.getProperty(key, "").strip();
        return value.isEmpty() || value.startsWith("${") ? Optional.empty() : Optional.of(value);
    }

    /** The commit's first 10 hex digits, as git shows a short id. */
    public Optional<String> shortCommit() {
        return commit.map(c -> c.substring(0, Math.min(10, c.length())));
    }

    /** One line: {@code 0.1.0 (commit 1a2b3c4d5e, 2026-12-07)}, with "with local changes" or "commit unknown" as it applies. */
    public String describe() {
        String build = shortCommit().map(c -> "commit " + c + commitDate.map(d -> ", " + d).orElse("")
                        + (modified ? ", with local changes" : ""))
                .orElse("commit unknown: built without git");
        return version + " (" + build + ")";
    }
}
