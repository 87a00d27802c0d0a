package org.mailsim.quiz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.mailsim.scenario.Scenario;
import org.mailsim.scenario.ScenarioCatalog;
import org.mailsim.scenario.ScenarioRunner;
import org.mailsim.scenario.timeline.StepRecord;
import org.mailsim.scenario.timeline.Timeline;
import org.mailsim.scenario.timeline.TimelineText;
import org.mailsim.scenario.timeline.WireSlice;

/**
 * What the bank checks by running the simulator: that a referenced scenario and step exist, that
 * a transcript excerpt is still a run of lines of the current replay of its step, and that a
 * configure task's model answer passes. Each scenario is replayed at most once, and each task
 * run once (both are deterministic), however often the bank is loaded with these checks.
 */
public final class ScenarioChecks {
    private final ScenarioCatalog catalog;
    private final Function<Scenario, Timeline> replay;
    private final Map<String, Timeline> timelines = new HashMap<>();
    private final Map<ConfigureTask, ConfigureOutcome> modelRuns = new HashMap<>();

    /**
     * @param catalog  the scenarios questions may reference
     * @param replay   how to replay one (the web passes its own cache); called once per scenario
     */
    public ScenarioChecks(ScenarioCatalog catalog, Function<Scenario, Timeline> replay) {
        this.catalog = catalog;
        this.replay = replay;
    }

    /** The built-in scenarios, replayed by the runner. */
    public static ScenarioChecks builtIn() {
        return new ScenarioChecks(ScenarioCatalog.load(Optional.empty()), ScenarioRunner::run);
    }

    /** What is wrong with a reference to {@code scenario} (and {@code step}), if anything. */
    Optional<String> step(String scenario, Optional<Integer> step) {
        Optional<Scenario> found = catalog.find(scenario);
        if (found.isEmpty()) return Optional.of("there is no scenario '" + scenario + "' (mailsim list shows them)");
        int steps = found.get().steps().size();
        if (step.isPresent() && step.get() > steps) {
            return Optional.of("scenario " + scenario + " has " + steps + " steps, so there is no step " + step.get());
        }
        return Optional.empty();
    }

    /** A problem with an excerpt, at one of its lines (-1: the excerpt as a whole). */
    record ExcerptProblem(int line, String message) { }

    /** What is wrong with an excerpt: its scenario or step, its device, or lines the replay does not print. */
    Optional<ExcerptProblem> excerpt(Excerpt excerpt) {
        Optional<String> missing = step(excerpt.scenario(), Optional.of(excerpt.step()));
        if (missing.isPresent()) return Optional.of(new ExcerptProblem(-1, missing.get()));
        StepRecord record = timeline(excerpt.scenario()).steps().get(excerpt.step() - 1);
        List<WireSlice> slices = record.wire().stream()
                .filter(s -> excerpt.device().map(d -> d.equals(s.device())).orElse(true)).toList();
        if (slices.isEmpty()) {
            return Optional.of(new ExcerptProblem(-1, excerpt.device()
                    .map(d -> "device '" + d + "' has no exchange in step " + excerpt.step() + " of " + excerpt.scenario())
                    .orElse("step " + excerpt.step() + " of " + excerpt.scenario() + " has no exchange to quote")));
        }
        List<List<String>> connections = slices.stream().map(TimelineText::wireLines).toList();
        for (List<String> lines : connections) if (ExcerptMatch.matches(excerpt.lines(), lines)) return Optional.empty();
        return Optional.of(ExcerptMatch.explain(excerpt, connections));
    }

    /** What is wrong with a configure task: its model answer does not pass when run (each task run once). */
    Optional<String> modelAnswer(ConfigureTask task) {
        ConfigureOutcome run;
        synchronized (modelRuns) {
            run = modelRuns.computeIfAbsent(task, t -> ConfigureRun.run(t.situation(), t.modelAnswer()));
        }
        if (run.passed()) return Optional.empty();
        return Optional.of("the model answer does not pass when run: " + run.explanation() + " (" + run.decisiveLine() + ")");
    }

    private synchronized Timeline timeline(String scenario) {
        return timelines.computeIfAbsent(scenario, id -> replay.apply(catalog.find(id).orElseThrow()));
    }
}
