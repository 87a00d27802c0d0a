package org.mailsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BuildInfoTest {

    @Test
    void aBuildFromAGitCheckoutNamesItsVersionAndShortCommit() {
        BuildInfo info = read("version=0.2.0\ncommit=634c40780b00da362ce1bd269d2542e23cd9a032\n");
        assertThat(info.describe()).isEqualTo("0.2.0 (commit 634c40780b)");
    }

    @Test
    void aBuildWithoutGitSaysTheCommitIsUnknown() {
        assertThat(read("version=0.2.0\ncommit=unknown\n").describe()).isEqualTo("0.2.0 (commit unknown: built without git)");
        assertThat(read("version=0.2.0\ncommit=${git.commit}\n").describe()).isEqualTo("0.2.0 (commit unknown: built without git)");
    }

    @Test
    void classesWithoutTheBuildsFileAreDev() {
        assertThat(BuildInfo.read(null).describe()).isEqualTo("dev (commit unknown: built without git)");
    }

    @Test
    void thisBuildKnowsItsMavenVersion() {
        // simulator/pom.xml filters build-info.properties; the test classpath sees the same file
        assertThat(BuildInfo.current().version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    private static BuildInfo read(String properties) {
        return BuildInfo.read(new ByteArrayInputStream(properties.getBytes(StandardCharsets.UTF_8)));
    }
}
