package org.mailsim.quiz;

import java.util.List;
import java.util.Optional;

/**
 * What happened when a learner's settings were run against the simulator.
 *
 * @param passed           every device received the mail (and the message was sent, if asked)
 * @param transcriptLines  the exchange, as {@code mailsim replay} prints it, device by device
 * @param decisiveLine     the line where it went wrong (or the last line that proves success)
 * @param decisiveIndex    where in {@code transcriptLines} that line is, for pages that highlight
 *                         it: the same words can appear earlier (a screen that was right then), or -1
 * @param explanation      what happened, in plain words
 * @param lesson           the scenario that shows the mistake made happen (wrong port, no TLS, no
 *                         login…), when one fits; empty when the settings worked or nothing fits
 */
public record ConfigureOutcome(boolean passed, List<String> transcriptLines, String decisiveLine, int decisiveIndex,
                               String explanation, Optional<String> lesson) {
    public ConfigureOutcome {
        transcriptLines = List.copyOf(transcriptLines);
        lesson = lesson == null ? Optional.empty() : lesson;
        if (decisiveIndex >= 0 && !transcriptLines.get(decisiveIndex).equals(decisiveLine)) {
            throw new IllegalArgumentException("line " + decisiveIndex + " is not the decisive line " + decisiveLine);
        }
    }

    public ConfigureOutcome(boolean passed, List<String> transcriptLines, String decisiveLine, int decisiveIndex, String explanation) {
        this(passed, transcriptLines, decisiveLine, decisiveIndex, explanation, Optional.empty());
    }

    /** The decisive line at its first place in the transcript. */
    public ConfigureOutcome(boolean passed, List<String> transcriptLines, String decisiveLine, String explanation) {
        this(passed, transcriptLines, decisiveLine, transcriptLines.indexOf(decisiveLine), explanation);
    }
}
