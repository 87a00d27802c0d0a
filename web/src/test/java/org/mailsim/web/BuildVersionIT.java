package org.mailsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The jar says which build it is and what licences it ships under, as the build wrote them. */
class BuildVersionIT {

    @Test
    void versionNamesTheBuildsMavenVersionAndGitCommit() throws Exception {
        String first = run("--version").lines().findFirst().orElseThrow();
        assertThat(first).isEqualTo("mailsim " + ExpectedBuild.describe());
    }

    @Test
    void licensesListEveryShippedLibraryWithItsLicence() throws Exception {
        String licenses = run("licenses");
        assertThat(licenses).contains("Code: Apache License 2.0", "CC BY 4.0",
                "(Apache-2.0) Javalin (io.javalin:javalin:",
                "(Bouncy Castle Licence) Bouncy Castle Provider (org.bouncycastle:bcprov-jdk18on:",
                "(Apache-2.0) (EPL-2.0) Core :: Server (org.eclipse.jetty:jetty-server:",
                "(Apache-2.0) picocli (info.picocli:picocli:")
                .doesNotContain("Unknown license", "org.mailsim:", "junit", "selenium"); // only what ships, all known
        assertThat(run("licenses", "--full")).contains("Apache License\n", "Version 2.0, January 2004",
                "Creative Commons Attribution 4.0 International Public License", "scenarios/", "exam-questions/");
    }

    private static String run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", Path.of("target", "mailsim.jar").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
