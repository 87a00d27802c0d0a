package org.mailsim.quiz;

import java.util.List;

/**
 * What happened when a learner's settings were run against the simulator.
 *
 * @param passed           every device received the mail (and the message was sent, if asked)
 * @param transcriptLines  the exchange, as {@code mailsim replay} prints it, device by device
 * @param decisiveLine     the line where it went wrong (or the last line that proves success)
 * @param explanation      what happened, in plain words
 */
public record ConfigureOutcome(boolean passed, List<String> transcriptLines, String decisiveLine, String explanation) {
    public ConfigureOutcome {
        transcriptLines = List.copyOf(transcriptLines);
    }
}
