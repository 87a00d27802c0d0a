package org.mailsim.explain;

import java.util.Objects;

/**
 * One piece of a line and what it means.
 *
 * @param text    the piece as it appears in the line (raw text: the web layer escapes it)
 * @param meaning what it means, in plain words
 */
public record Part(String text, String meaning) {

    public Part {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(meaning, "meaning");
    }
}
