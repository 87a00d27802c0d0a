package org.mailsim.imap.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** LIST's wildcards (RFC 3501 §6.3.8) as ListCommand compiles them. */
class ListPatternTest {

    @Test
    void aRunOfWildcardsMatchesWhatTheRunMatches() {
        assertThat(ListCommand.compile("a%%b", 0).matcher("axyb").matches()).isTrue();
        assertThat(ListCommand.compile("a%%b", 0).matcher("a/b").matches()).as("% never crosses the delimiter").isFalse();
        assertThat(ListCommand.compile("a%*b", 0).matcher("a/x/b").matches()).as("a run holding * matches as *").isTrue();
        assertThat(ListCommand.compile("a*%b", 0).matcher("a/x/b").matches()).isTrue();
        assertThat(ListCommand.compile("Sent%", 0).matcher("Sent/2026").matches()).isFalse();
        assertThat(ListCommand.compile("Sent*", 0).matcher("Sent/2026").matches()).isTrue();
        assertThat(ListCommand.compile("%", 0).matcher("INBOX").matches()).isTrue();
    }

    @Test
    void manyWildcardsInARowDoNotHangTheSession() {
        // Found by EngineFuzzTest: twelve "%" before an "x" took 46 s against a 30-character name.
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(ListCommand.compile("%".repeat(200) + "x", 0).matcher("a".repeat(100)).matches()).isFalse();
            assertThat(ListCommand.compile("*%".repeat(100) + "x", 0).matcher("a/".repeat(50)).matches()).isFalse();
        });
    }
}
