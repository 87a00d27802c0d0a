package org.mailsim.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * What {@code mailsim --version} must say for this build, found independently of the jar: the
 * Maven project version (web/pom.xml hands it to the integration tests) and the commit that
 * {@code git rev-parse HEAD} names in this checkout, or "commit unknown" where there is no git.
 */
final class ExpectedBuild {
    private ExpectedBuild() { }

    static String version() {
        String version = System.getProperty("mailsim.version");
        if (version == null) throw new AssertionError("run by Maven (failsafe), which sets mailsim.version to the project version");
        return version;
    }

    /** {@code 0.1.0-SNAPSHOT (commit 1a2b3c4d5e)}, as BuildInfo.describe() writes it. */
    static String describe() throws Exception {
        String commit = gitHead();
        return version() + " (" + (commit == null ? "commit unknown: built without git" : "commit " + commit.substring(0, 10)) + ")";
    }

    private static String gitHead() throws Exception {
        Process git;
        try {
            git = new ProcessBuilder("git", "rev-parse", "HEAD").directory(Path.of("..").toFile()).redirectErrorStream(true).start();
        } catch (java.io.IOException noGit) {
            return null;
        }
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!git.waitFor(20, TimeUnit.SECONDS)) throw new AssertionError("git rev-parse did not finish");
        return git.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
    }
}
