package org.mailsim.explain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the summary, parts and references of one explanation, references without repeats. */
final class ExplanationBuilder {

    private String summary;
    private final List<Part> parts = new ArrayList<>();
    private final Set<RfcRef> references = new LinkedHashSet<>();

    /** The summary of the whole line (the first one set wins), and its reference. */
    ExplanationBuilder summary(TableEntry entry) {
        if (summary == null) summary = entry.summary();
        cite(entry);
        return this;
    }

    /** A piece of the line explained by a row, which is cited. */
    ExplanationBuilder part(String text, TableEntry entry) {
        parts.add(new Part(text, entry.summary()));
        return cite(entry);
    }

    /** A piece of the line with a meaning worked out for this line; cites nothing by itself. */
    ExplanationBuilder part(String text, String meaning) {
        parts.add(new Part(text, meaning));
        return this;
    }

    ExplanationBuilder cite(TableEntry entry) {
        entry.reference().ifPresent(references::add);
        return this;
    }

    Explanation build() {
        return new Explanation(summary == null ? "" : summary, parts, List.copyOf(references));
    }
}
