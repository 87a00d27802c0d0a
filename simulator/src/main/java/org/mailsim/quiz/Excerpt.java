package org.mailsim.quiz;

import java.util.List;
import java.util.Optional;

/**
 * Lines quoted verbatim from {@code mailsim replay <scenario>}: a contiguous run of one step's
 * lines ({@code C: }, {@code S: }, {@code S| }, {@code C| }) for one device, TLS markers optional.
 *
 * @param scenario  the scenario id
 * @param step      1-based step number
 * @param device    the device whose lines they are; empty when the step has one device
 * @param lines     the lines as the replay prints them
 */
public record Excerpt(String scenario, int step, Optional<String> device, List<String> lines) {
    public Excerpt {
        device = device == null ? Optional.empty() : device;
        lines = List.copyOf(lines);
    }
}
