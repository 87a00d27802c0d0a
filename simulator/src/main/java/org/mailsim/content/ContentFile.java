package org.mailsim.content;

import java.util.Objects;

import org.mailsim.yaml.Position;

/**
 * One scenario or question file as written, with a way to turn an offset into a line and column.
 *
 * @param name      as problems name it: {@code exam-questions/imap-vs-pop3.yaml} or a path
 * @param text      the raw text
 * @param questions true for a question file, false for a scenario
 */
public record ContentFile(String name, String text, boolean questions) {
    public ContentFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /** The 1-based line and column of {@code offset}. */
    public Position position(int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(name, line, offset - lineStart + 1);
    }

    /** The offset of a 1-based line and column (as the YAML reader reports them). */
    public int offset(Position position) {
        int line = 1;
        int i = 0;
        while (line < position.line() && i < text.length()) {
            if (text.charAt(i++) == '\n') line++;
        }
        return Math.min(text.length(), i + position.column() - 1);
    }
}
