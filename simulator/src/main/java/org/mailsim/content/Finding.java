package org.mailsim.content;

import java.util.Objects;

import org.mailsim.yaml.Position;

/**
 * One thing {@code mailsim check} found in content: an error fails the check, a warning is shown
 * for the author to weigh.
 */
public record Finding(Position position, Level level, String message) {
    public enum Level { ERROR, WARNING }

    public Finding {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }

    public static Finding error(Position at, String message) {
        return new Finding(at, Level.ERROR, message);
    }

    public static Finding warning(Position at, String message) {
        return new Finding(at, Level.WARNING, message);
    }

    /** {@code file:line:column: message}, or {@code file:line:column: warning: message}. */
    @Override
    public String toString() {
        return position + ": " + (level == Level.WARNING ? "warning: " : "") + message;
    }
}
