package org.mailsim.content;

import java.util.Objects;

import org.mailsim.rfc.Resolution;
import org.mailsim.yaml.Position;

/**
 * One citation in a content file: where it stands, what it resolves to, and the sentence that cites it.
 *
 * @param position   the citation's first character
 * @param resolution what the citation points at in the RFC index, or why it points at nothing
 * @param sentence   the sentence around it, on one line
 */
public record CitedText(Position position, Resolution resolution, String sentence) {
    public CitedText {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(sentence, "sentence");
    }

    /** An unresolved citation as an error: what was cited, what exists. */
    public Finding asError() {
        return Finding.error(position, "citation " + resolution.describe());
    }
}
