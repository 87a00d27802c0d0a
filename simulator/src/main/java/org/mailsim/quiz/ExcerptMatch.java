package org.mailsim.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Whether an excerpt's lines are a contiguous run of one connection's lines in a replayed step.
 * TLS marker lines may be left out of the excerpt: the run is compared without them, and any
 * marker the excerpt does quote must be among the connection's lines. Trailing spaces are
 * ignored (YAML drops them from {@code S| } lines).
 */
final class ExcerptMatch {
    private ExcerptMatch() { }

    static boolean matches(List<String> excerpt, List<String> replay) {
        List<String> printed = withoutMarkers(replay);
        List<String> replayTrimmed = replay.stream().map(String::stripTrailing).toList();
        for (String line : excerpt) {
            if (WireLines.isTlsMarker(line) && !replayTrimmed.contains(line.stripTrailing())) return false;
        }
        List<String> quoted = withoutMarkers(excerpt);
        return !quoted.isEmpty() && Collections.indexOfSubList(printed, quoted) >= 0;
    }

    /** The first excerpt line that fails to match, against the connection where the longest run matches. */
    static ScenarioChecks.ExcerptProblem explain(Excerpt excerpt, List<List<String>> connections) {
        List<Integer> kept = new ArrayList<>(); // indexes of the excerpt's lines that are not TLS markers
        for (int i = 0; i < excerpt.lines().size(); i++) if (!WireLines.isTlsMarker(excerpt.lines().get(i))) kept.add(i);
        List<String> quoted = withoutMarkers(excerpt.lines());
        int best = 0;
        for (List<String> connection : connections) {
            List<String> printed = withoutMarkers(connection);
            for (int start = 0; start < printed.size(); start++) {
                int n = 0;
                while (n < quoted.size() && start + n < printed.size() && printed.get(start + n).equals(quoted.get(n))) n++;
                best = Math.max(best, n);
            }
        }
        String where = "step " + excerpt.step() + " of " + excerpt.scenario() + excerpt.device().map(d -> " (" + d + ")").orElse("");
        if (best == quoted.size()) { // every line is there: a quoted TLS marker is not
            int marker = 0;
            while (marker < excerpt.lines().size() && kept.contains(marker)) marker++;
            return new ScenarioChecks.ExcerptProblem(marker, "the replay of " + where + " prints no TLS line '"
                    + excerpt.lines().get(Math.min(marker, excerpt.lines().size() - 1)) + "' (TLS lines may be left out)");
        }
        int line = kept.get(best);
        String message = best == 0
                ? "the excerpt's first line, '" + quoted.get(0) + "', is not in the replay of " + where + " (see mailsim replay " + excerpt.scenario() + ")"
                : "the excerpt no longer matches the replay of " + where + ": after " + best + " matching line" + (best == 1 ? "" : "s")
                        + ", '" + quoted.get(best) + "' is not the next line the replay prints";
        return new ScenarioChecks.ExcerptProblem(line, message);
    }

    private static List<String> withoutMarkers(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) if (!WireLines.isTlsMarker(line)) kept.add(line.stripTrailing());
        return kept;
    }
}
