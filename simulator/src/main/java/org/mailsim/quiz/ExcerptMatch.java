package org.mailsim.quiz;

import java.util.ArrayList;
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
        List<String> quoted = withoutMarkers(excerpt);
        List<String> printed = withoutMarkers(replay);
        List<String> replayTrimmed = replay.stream().map(String::stripTrailing).toList();
        for (String line : excerpt) {
            if (WireLines.isTlsMarker(line) && !replayTrimmed.contains(line.stripTrailing())) return false;
        }
        if (quoted.isEmpty()) return false;
        return java.util.Collections.indexOfSubList(printed, quoted) >= 0;
    }

    /** Which line first fails to match, against the connection that matches longest. */
    static String explain(Excerpt excerpt, List<List<String>> connections) {
        List<String> quoted = withoutMarkers(excerpt.lines());
        int best = -1;
        String bestLine = quoted.isEmpty() ? "" : quoted.get(0);
        for (List<String> connection : connections) {
            List<String> printed = withoutMarkers(connection);
            for (int start = 0; start < printed.size(); start++) {
                int n = 0;
                while (n < quoted.size() && start + n < printed.size() && printed.get(start + n).equals(quoted.get(n))) n++;
                if (n > best) {
                    best = n;
                    bestLine = n < quoted.size() ? quoted.get(n) : "";
                }
            }
        }
        String where = "step " + excerpt.step() + " of " + excerpt.scenario() + excerpt.device().map(d -> " (" + d + ")").orElse("");
        if (best <= 0) return "the excerpt's lines are not in the replay of " + where + "; the first, '" + bestLine
                + "', is not printed by mailsim replay " + excerpt.scenario();
        return "the excerpt no longer matches the replay of " + where + ": after " + best + " matching line" + (best == 1 ? "" : "s")
                + ", '" + bestLine + "' is not the next line the replay prints";
    }

    private static List<String> withoutMarkers(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) if (!WireLines.isTlsMarker(line)) kept.add(line.stripTrailing());
        return kept;
    }
}
