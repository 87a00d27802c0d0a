package org.mailsim.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.mailsim.scenario.CatalogEntry;
import org.mailsim.scenario.Scenario;
import org.mailsim.scenario.ScenarioCatalog;
import org.mailsim.scenario.ScenarioRunner;
import org.mailsim.scenario.timeline.ExpectationResult;
import org.mailsim.scenario.timeline.Timeline;
import org.mailsim.scenario.timeline.TimelineJson;
import org.mailsim.scenario.timeline.TimelineText;
import org.mailsim.yaml.YamlProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mailsim replay ID|FILE}: replays a scenario and prints its timeline; {@code mailsim
 * replay --all}: replays every scenario and prints one line each, so an instructor sees at once
 * that a folder of scenarios still tells its stories (and {@code ./mailsim} trains the JVM's
 * start-up cache with it, see {@code scripts/java-env.sh}).
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replays a scenario against the real mail server and prints every step: what the user did,",
                "the exchange on the wire, what changed on the server and on each device, and the checks.",
                "With --all, replays every scenario and prints one line for each.",
                "Exits with 1 if an expectation failed (or, with --all, a scenario file did not load)."})
public final class ReplayCommand implements Callable<Integer> {

    enum Format { text, markdown, json }

    @Parameters(paramLabel = "ID|FILE", arity = "0..1", description = "A scenario id (see 'mailsim list') or a scenario file.")
    String scenario;

    @Option(names = "--all", description = "Replay every scenario (built-in and --scenarios DIR) and print one line for each.")
    boolean all;

    @Option(names = "--format", defaultValue = "text", description = "text (coloured on a terminal), markdown or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--step", paramLabel = "N", description = "Show only step N.")
    Integer step;

    @Option(names = "--no-color", description = "Plain text even on a terminal (also when NO_COLOR is set).")
    boolean noColor;

    @Mixin
    ScenarioSource source = new ScenarioSource();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (all == (scenario != null)) {
            err.println(all ? "Give either a scenario or --all, not both." : "Which scenario? Give its id or file (see 'mailsim list'), or --all.");
            err.flush();
            return 2;
        }
        if (all) return replayAll(out);
        Optional<Scenario> found = find(err);
        if (found.isEmpty()) return 2;
        Timeline timeline = ScenarioRunner.run(found.get());
        if (step != null && (step < 1 || step > timeline.steps().size())) {
            err.printf("Step %d does not exist: '%s' has steps 1 to %d.%n", step, found.get().id(), timeline.steps().size());
            err.flush();
            return 2;
        }
        out.print(switch (format) {
            case json -> TimelineJson.render(timeline);
            case markdown -> TimelineText.render(timeline, TimelineText.Style.MARKDOWN, step);
            case text -> TimelineText.render(timeline, colour() ? TimelineText.Style.ANSI : TimelineText.Style.TEXT, step);
        });
        out.flush();
        return timeline.passed() ? 0 : 1;
    }

    /**
     * One line per scenario, then a summary with the CPU time the replays took in this process
     * (all threads, so the JIT compiler's work on a first run counts too).
     */
    private int replayAll(PrintWriter out) {
        ScenarioCatalog catalog = ScenarioCatalog.load(source.folder());
        int width = catalog.scenarios().stream().mapToInt(s -> s.id().length()).max().orElse(10);
        boolean colour = colour();
        long cpuBefore = processCpuNanos();
        int steps = 0;
        int failed = 0;
        for (Scenario s : catalog.scenarios()) {
            Timeline timeline = ScenarioRunner.run(s);
            steps += timeline.steps().size();
            int checks = timeline.steps().stream().mapToInt(r -> r.results().size()).sum();
            List<ExpectationResult> failures = timeline.failures();
            String mark = failures.isEmpty() ? paint(colour, "32", "✓") : paint(colour, "31", "✗");
            out.printf("%s %-" + width + "s  %2d steps, %s%n", mark, s.id(), timeline.steps().size(), failures.isEmpty()
                    ? checks + " checks held"
                    : failures.size() + " of " + checks + " checks failed, first: " + TimelineText.describe(failures.get(0).expectation())
                            + " — " + failures.get(0).detail());
            if (!failures.isEmpty()) failed++;
        }
        for (CatalogEntry.Failed f : catalog.failures()) {
            out.printf("%s %s  not loaded: %d problem%s; 'mailsim check' lists them%n", paint(colour, "31", "✗"), f.file(),
                    f.problems().size(), f.problems().size() == 1 ? "" : "s");
        }
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        int scenarios = catalog.scenarios().size();
        out.printf("%n%d scenario%s, %d steps replayed in %.2f s of CPU: %s%n", scenarios, scenarios == 1 ? "" : "s", steps, cpuSeconds,
                failed == 0 && catalog.failures().isEmpty() ? "every check held."
                        : failed + " with failed checks, " + catalog.failures().size() + " not loaded.");
        out.flush();
        return failed == 0 && catalog.failures().isEmpty() ? 0 : 1;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static String paint(boolean colour, String code, String text) {
        return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }

    private Optional<Scenario> find(PrintWriter err) throws java.io.IOException {
        Path file = Path.of(scenario);
        if (scenario.endsWith(".yaml") || scenario.endsWith(".yml") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) {
                err.println(scenario + ": no such file");
                err.flush();
                return Optional.empty();
            }
            CatalogEntry entry = ScenarioCatalog.loadFile(scenario, Files.readString(file, StandardCharsets.UTF_8));
            return loaded(entry, err);
        }
        ScenarioCatalog catalog = ScenarioCatalog.load(source.folder());
        Optional<Scenario> byId = catalog.find(scenario);
        if (byId.isEmpty()) {
            err.println("No scenario with the id '" + scenario + "'. 'mailsim list' shows them all.");
            err.flush();
        }
        return byId;
    }

    private static Optional<Scenario> loaded(CatalogEntry entry, PrintWriter err) {
        if (entry instanceof CatalogEntry.Loaded l) return Optional.of(l.scenario());
        for (YamlProblem p : ((CatalogEntry.Failed) entry).problems()) err.println(p);
        err.flush();
        return Optional.empty();
    }

    private boolean colour() {
        return !noColor && System.getenv("NO_COLOR") == null && onTerminal();
    }

    /**
     * Java 21 has no console when output is redirected; from Java 22 there is always one, and
     * {@code Console.isTerminal()} (called by reflection, since mailsim builds for 21) tells.
     */
    private static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
