package org.mailsim.explain;

import java.util.List;
import java.util.Objects;

/**
 * What one protocol line means.
 *
 * @param summary    the line as a whole, in one or two sentences
 * @param parts      its pieces in order (tag, command, arguments, codes, text) and what each means
 * @param references the RFC sections that define what the line says; empty only for a line
 *                   mailsim does not recognise
 */
public record Explanation(String summary, List<Part> parts, List<RfcRef> references) {

    public Explanation {
        Objects.requireNonNull(summary, "summary");
        parts = List.copyOf(parts);
        references = List.copyOf(references);
    }

    /** True for the generic explanation of a line mailsim does not recognise (it cites nothing). */
    public boolean isGeneric() {
        return references.isEmpty();
    }
}
