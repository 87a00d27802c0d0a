package org.mailsim.content;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the content checks found.
 *
 * @param findings  errors and warnings, by file and line
 * @param citations every citation, resolved or not (for {@code mailsim check --citations})
 * @param cues      the answer-length figures of the question files checked, if any
 */
public record ContentReport(List<Finding> findings, List<CitedText> citations, Optional<CueFigures> cues) {
    public ContentReport {
        findings = findings.stream().sorted(Comparator.comparing((Finding f) -> f.position().file())
                .thenComparingInt(f -> f.position().line()).thenComparingInt(f -> f.position().column())).toList();
        citations = List.copyOf(citations);
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.level() == Finding.Level.ERROR).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.level() == Finding.Level.WARNING).toList();
    }

    public long unresolvedCitations() {
        return citations.stream().filter(c -> !c.resolution().resolved()).count();
    }

    /** True when nothing fails the check: no error, and the cue figures within their limits. */
    public boolean passes() {
        return errors().isEmpty() && cues.map(CueFigures::withinLimits).orElse(true);
    }
}
