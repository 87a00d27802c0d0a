package org.mailsim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * Keeps the harness from rotting: each benchmark runs against GreenMail in a child JVM with tiny
 * sizes, and only correctness is asserted (nothing lost, every idler notified, counts match),
 * never timing, so it cannot flap on a busy machine.
 */
class BenchHarnessTest {
    private static final BenchConfig TINY = BenchConfig.tiny();

    /** Both servers, each in its own child JVM, as the benchmarks run them. */
    static java.util.stream.Stream<String> servers() {
        return java.util.stream.Stream.of("greenmail", "mailsim");
    }

    private static Supplier<BenchTarget> target(String name) {
        return () -> new ForkedTarget(name, TINY.serverHeap());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("servers")
    void imapMixedLoadCompletesSessionsInEveryRoundWithoutFailures(String server) throws Exception {
        BenchResult result = ImapLoadBenchmark.run(target(server), TINY);

        assertThat(result.problems()).isEmpty();
        for (int round = 1; round <= TINY.imapRounds(); round++) {
            assertThat(value(result, "2 clients, round " + round + ": sessions")).isPositive();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("servers")
    void everyIdleConnectionReceivesExistsAfterTheAppend(String server) throws Exception {
        BenchResult result = IdleFanoutBenchmark.run(target(server), TINY);

        assertThat(result.problems()).isEmpty();
        assertThat(value(result, "EXISTS received by")).isEqualTo(TINY.idleConnections());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("servers")
    void pop3DownloadRetrievesEverySeededMessageIntact(String server) throws Exception {
        BenchResult result = Pop3DownloadBenchmark.run(target(server), TINY);

        assertThat(result.problems()).isEmpty();
        assertThat(value(result, "messages retrieved intact")).isEqualTo(TINY.pop3Messages());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("servers")
    void everySmtpMessageAcceptedWith250IsDelivered(String server) throws Exception {
        BenchResult result = SmtpSubmitBenchmark.run(target(server), TINY);

        assertThat(result.problems()).isEmpty();
        assertThat(value(result, "messages accepted (250)")).isPositive();
        assertThat(value(result, "messages delivered to the INBOX")).isEqualTo(value(result, "messages accepted (250)"));
    }

    @Test
    void tableShowsMailsimGoalAndRatioWhenBothServersRan() {
        var greenMail = new BenchResult("IDLE", "greenmail", List.of(Figure.of("heap per idle session", 100, "KB", 1)), List.of());
        var mailsim = new BenchResult("IDLE", "mailsim", List.of(new Figure("heap per idle session", 25, "KB", "< 50 KB", 1)),
                List.of("1 of 2 idle connections received EXISTS"));
        var out = new ByteArrayOutputStream();

        ReportTable.print(new PrintStream(out, true, StandardCharsets.UTF_8), List.of(greenMail, mailsim));

        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "",
                "== IDLE ==",
                "figure                | unit | greenmail | mailsim | mailsim goal | ratio vs GreenMail",
                "------                | ---- | --------- | ------- | ------------ | ------------------",
                "heap per idle session | KB   |     100.0 |    25.0 | < 50 KB      |              0.25×",
                "greenmail: all correctness checks passed",
                "mailsim: PROBLEMS:",
                "  - 1 of 2 idle connections received EXISTS");
    }

    private static double value(BenchResult result, String label) {
        return result.figures().stream().filter(f -> f.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure '" + label + "' in " + result.figures()))
                .value();
    }
}
