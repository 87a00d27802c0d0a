package org.mailsim.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.mailsim.lab.LabLimits;
import picocli.CommandLine;

/** {@code serve}'s options as picocli parses them, up to the limits the web app is built with (nothing is started). */
class ServeCommandTest {

    @Test
    void theLabOptionsSetTheLabsLimits() {
        ServeCommand serve = parse("--lab-max-sandboxes", "40", "--lab-idle-minutes", "10");
        assertThat(serve.labLimits()).isEqualTo(LabLimits.DEFAULTS.withMaxSandboxes(40).withIdleExpiry(Duration.ofMinutes(10)));
    }

    @Test
    void withoutThemTheLabHasItsDefaults() {
        assertThat(parse().labLimits()).isEqualTo(LabLimits.DEFAULTS);
    }

    @Test
    void aValueOutOfRangeIsRefusedWithTheRange() {
        assertThatThrownBy(() -> parse("--lab-max-sandboxes", "0").labLimits()).isInstanceOf(CommandLine.ParameterException.class)
                .hasMessage("--lab-max-sandboxes must be between 1 and 5000 (it was 0)");
        assertThatThrownBy(() -> parse("--lab-max-sandboxes", "5001").labLimits())
                .hasMessage("--lab-max-sandboxes must be between 1 and 5000 (it was 5001)");
        assertThatThrownBy(() -> parse("--lab-idle-minutes", "0").labLimits())
                .hasMessage("--lab-idle-minutes must be between 1 and 1440 (a day; it was 0)");
        assertThat(parse("--lab-max-sandboxes", "5000", "--lab-idle-minutes", "1440").labLimits().idleExpiry()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void helpListsTheLabOptionsWithTheirDefaultsAndRanges() {
        String help = new CommandLine(new ServeCommand()).getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(help.replaceAll("\\s+", " "))
                .contains("--lab-max-sandboxes=N", "(default: 300; 1 to 5000)")
                .contains("--lab-idle-minutes=N", "(default: 30; 1 to 1440)");
    }

    @Test
    void accountsAddsStudentsBesideTheDemoAccountsAndKeepsTheirPasswords(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        var store = parse("--accounts", "3", "--data-dir", dir.toString()).store();
        assertThat(store.accounts()).extracting(org.mailsim.store.Account::login)
                .containsExactly("alice", "bob", "student01", "student02", "student03");
        String password = store.account("student02").orElseThrow().password();
        assertThat(parse("--accounts", "3", "--data-dir", dir.toString()).store().account("student02").orElseThrow().password())
                .as("the same password after a restart").isEqualTo(password);
        assertThatThrownBy(() -> parse("--accounts", "201", "--data-dir", dir.toString()).store())
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("between 0 and 200");
    }

    @Test
    void theClassroomIsTheEmbeddedFileUnlessADatabaseIsGiven(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        assertThat(parse("--data-dir", dir.toString()).classroomUrl()).startsWith("jdbc:h2:file:" + dir.resolve("classroom"));
        assertThat(parse("--database", "jdbc:postgresql://db/mailsim?user=m").classroomUrl()).isEqualTo("jdbc:postgresql://db/mailsim?user=m");
        var err = new java.io.ByteArrayOutputStream();
        var old = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(parse("--data-dir", dir.toString(), "--database", "jdbc:mysql://db/mailsim").call()).as("refused before anything listens").isEqualTo(1);
        } finally {
            System.setErr(old);
        }
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("jdbc:postgresql://HOST/DB?user=", "\"jdbc:mysql://db/mailsim\" is neither");
    }

    @Test
    void aDatabaseThatCannotBeOpenedStopsServeSayingWhyAndFreesItsPorts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        int[] ports = new int[8];
        for (int i = 0; i < ports.length; i++) {
            try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                ports[i] = probe.getLocalPort();
            }
        }
        var err = new java.io.ByteArrayOutputStream();
        var old = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            // Port 1 on loopback: nothing listens there, so PostgreSQL's connection is refused at once.
            assertThat(parse("--data-dir", dir.toString(), "--database", "jdbc:postgresql://127.0.0.1:1/mailsim?user=nobody",
                    "--web-port", String.valueOf(ports[0]), "--imap-port", String.valueOf(ports[1]), "--imaps-port", String.valueOf(ports[2]),
                    "--pop3-port", String.valueOf(ports[3]), "--pop3s-port", String.valueOf(ports[4]), "--smtp-port", String.valueOf(ports[5]),
                    "--submission-port", String.valueOf(ports[6]), "--smtps-port", String.valueOf(ports[7])).call()).isEqualTo(1);
        } finally {
            System.setErr(old);
        }
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("Cannot open the classroom database jdbc:postgresql://127.0.0.1:1/mailsim");
        for (int port : ports) { // the web UI and the mail listeners were closed again
            try (var again = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                assertThat(again.getLocalPort()).isEqualTo(port);
            }
        }
    }

    private static ServeCommand parse(String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args);
        return serve;
    }
}
