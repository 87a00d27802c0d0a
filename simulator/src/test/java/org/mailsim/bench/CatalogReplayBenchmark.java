package org.mailsim.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.mailsim.scenario.Scenario;
import org.mailsim.scenario.ScenarioCatalog;
import org.mailsim.scenario.ScenarioRunner;
import org.mailsim.scenario.timeline.Timeline;

/**
 * The whole scenario catalog replayed in a fresh JVM: the CPU time of the first (cold) pass
 * after JVM start, which is what {@code mailsim replay} and the first page of the player cost,
 * then of a warm pass, with the per-scenario median, and how much of the CPU was the replaying
 * thread and how much other threads (the JIT compiler, GC). Goal (the scenario issue): under 1 s of CPU for the whole
 * catalog after JVM start. Run with {@code bench/run catalog}, which runs it three times on the
 * jar: as {@code ./mailsim replay} runs (its JVM flags and start-up cache), with those flags but
 * no cache, and with the JVM's defaults.
 */
public final class CatalogReplayBenchmark {
    private CatalogReplayBenchmark() { }

    private record Pass(long cpuNanos, long wallNanos, List<Long> perScenarioCpu, boolean passed) {
        long threadCpuNanos() {
            return perScenarioCpu.stream().mapToLong(Long::longValue).sum();
        }
    }

    public static void main(String[] args) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuAtStart = os.getProcessCpuTime();
        List<Scenario> scenarios = ScenarioCatalog.load(Optional.empty()).scenarios();
        long loadCpu = os.getProcessCpuTime() - cpuAtStart;
        long uptimeAtRead = ManagementFactory.getRuntimeMXBean().getUptime();
        Pass cold = pass(scenarios);
        Pass warm = pass(scenarios);
        System.out.println("mailsim benchmark: scenario catalog replay");
        System.out.println("machine: " + Heap.machine());
        System.out.println("JVM flags: " + describeFlags());
        System.out.printf("%d scenarios, %d steps in all%n%n", scenarios.size(),
                scenarios.stream().mapToInt(s -> s.steps().size()).sum());
        System.out.printf("%-44s | %-6s | %9s | %s%n", "figure", "unit", "value", "goal");
        System.out.printf("%-44s | %-6s | %9s | %s%n", "------", "----", "-----", "----");
        row("JVM uptime when the catalog was read", uptimeAtRead, "ms", "");
        row("loading and checking every scenario file", loadCpu / 1e6, "ms CPU", "");
        row("whole catalog, first replay after JVM start", cold.cpuNanos() / 1e6, "ms CPU", "< 1,000 ms");
        row("  of which the replaying thread", cold.threadCpuNanos() / 1e6, "ms CPU", "");
        row("  other threads (JIT compiler, GC)", (cold.cpuNanos() - cold.threadCpuNanos()) / 1e6, "ms CPU", "");
        row("whole catalog, first replay, wall time", cold.wallNanos() / 1e6, "ms", "");
        row("per-scenario median, first replay", median(cold.perScenarioCpu()) / 1e6, "ms CPU", "");
        row("whole catalog, warm replay", warm.cpuNanos() / 1e6, "ms CPU", "");
        row("  of which the replaying thread", warm.threadCpuNanos() / 1e6, "ms CPU", "");
        row("  other threads (JIT compiler, GC)", (warm.cpuNanos() - warm.threadCpuNanos()) / 1e6, "ms CPU", "");
        row("per-scenario median, warm replay", median(warm.perScenarioCpu()) / 1e6, "ms CPU", "");
        boolean ok = cold.passed() && warm.passed();
        System.out.println();
        System.out.println(ok ? "every scenario's expectations held in both passes" : "SOME EXPECTATIONS FAILED");
        System.exit(ok ? 0 : 1);
    }

    private static Pass pass(List<Scenario> scenarios) {
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Long> each = new ArrayList<>();
        boolean passed = true;
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        for (Scenario scenario : scenarios) {
            long t0 = threads.getCurrentThreadCpuTime();
            Timeline timeline = ScenarioRunner.run(scenario);
            each.add(threads.getCurrentThreadCpuTime() - t0);
            passed &= timeline.passed();
        }
        return new Pass(os.getProcessCpuTime() - cpu0, System.nanoTime() - wall0, each, passed);
    }

    /** The JVM flags of this run, named after the way mailsim runs with them. */
    private static String describeFlags() {
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(f -> f.startsWith("-XX:"))
                .map(f -> f.replaceAll("=.*/", "=")).toList();
        if (flags.isEmpty()) return "the JVM's defaults (as serve runs)";
        boolean cached = flags.stream().anyMatch(f -> f.startsWith("-XX:AOTCache=") || f.startsWith("-XX:SharedArchiveFile="));
        return String.join(" ", flags) + (cached ? " (as ./mailsim replay runs: its flags and start-up cache)"
                : " (./mailsim replay's flags, without the start-up cache)");
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    private static void row(String label, double value, String unit, String goal) {
        System.out.printf("%-44s | %-6s | %,9.1f | %s%n", label, unit, value, goal);
    }
}
