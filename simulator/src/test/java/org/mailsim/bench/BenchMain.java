package org.mailsim.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The benchmark program behind {@code bench/run}:
 * <pre>
 * BenchMain imap|idle|pop3|smtp|all [--target greenmail|mailsim|both] [--quick]
 *           [--idle N] [--clients 20,50] [--rounds 3] [--seconds 10] [--server-heap 4g]
 * </pre>
 * Prints the machine, then one table per benchmark; exits with status 1 when a correctness check
 * failed or a requested server could not be started. Each server runs in its own child JVM ({@link ForkedTarget}), a fresh one per benchmark.
 */
public final class BenchMain {
    private static final List<String> BENCHMARKS = List.of("imap", "idle", "pop3", "smtp");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        if (args.length == 0 || !(BENCHMARKS.contains(args[0]) || args[0].equals("all"))) usage();
        List<String> benchmarks = args[0].equals("all") ? BENCHMARKS : List.of(args[0]);
        List<String> options = Arrays.asList(args).subList(1, args.length);
        BenchConfig config = options.contains("--quick") ? BenchConfig.quick() : BenchConfig.full();
        List<String> targets = List.of("greenmail");
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.equals("--quick")) continue;
            if (i + 1 >= options.size()) usage();
            String value = options.get(++i);
            switch (option) {
                case "--target" -> targets = value.equals("both") ? List.of("greenmail", "mailsim") : List.of(value);
                case "--idle" -> config = config.withIdleConnections(Integer.parseInt(value));
                case "--clients" -> config = config.withImapClients(Arrays.stream(value.split(",")).map(Integer::valueOf).toList());
                case "--rounds" -> config = config.withRounds(Integer.parseInt(value));
                case "--seconds" -> config = config.withDuration(Duration.ofSeconds(Long.parseLong(value)));
                case "--server-heap" -> config = config.withServerHeap(value);
                default -> usage();
            }
        }

        Runtime runtime = Runtime.getRuntime();
        out.println("mailsim benchmarks: " + String.join(", ", benchmarks) + (options.contains("--quick") ? " (quick)" : ""));
        out.println("machine: " + runtime.availableProcessors() + " cores; client JVM: " + Heap.machine());
        out.println("config: " + config);
        List<String> available = new ArrayList<>();
        for (String name : targets) {
            try (BenchTarget probe = new ForkedTarget(name, config.serverHeap())) {
                probe.start();
                out.println("server " + name + ": " + probe.describe() + " (child JVM)");
                available.add(name);
            } catch (Exception e) {
                out.println("server " + name + ": not available: " + e.getMessage());
            }
        }

        boolean correct = true;
        for (String benchmark : benchmarks) {
            List<BenchResult> results = new ArrayList<>();
            for (String name : available) {
                BenchConfig c = config;
                Supplier<BenchTarget> factory = () -> new ForkedTarget(name, c.serverHeap());
                results.add(run(benchmark, factory, c));
            }
            ReportTable.print(out, results);
            correct &= results.stream().allMatch(BenchResult::correct);
        }
        System.exit(correct && available.size() == targets.size() ? 0 : 1);
    }

    static BenchResult run(String benchmark, Supplier<BenchTarget> factory, BenchConfig config) throws Exception {
        return switch (benchmark) {
            case "imap" -> ImapLoadBenchmark.run(factory, config);
            case "idle" -> IdleFanoutBenchmark.run(factory, config);
            case "pop3" -> Pop3DownloadBenchmark.run(factory, config);
            case "smtp" -> SmtpSubmitBenchmark.run(factory, config);
            default -> throw new IllegalArgumentException("unknown benchmark " + benchmark);
        };
    }

    private static void usage() {
        System.err.println("usage: bench/run imap|idle|pop3|smtp|all [--target greenmail|mailsim|both] [--quick]"
                + " [--idle N] [--clients 20,50] [--rounds 3] [--seconds 10] [--server-heap 4g]");
        System.exit(2);
    }
}
