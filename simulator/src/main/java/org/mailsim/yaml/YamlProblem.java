package org.mailsim.yaml;

/** One problem in a file, at a position, in words an author understands. */
public record YamlProblem(Position position, String message) {
    /** The form compilers use, so editors can jump to it: {@code file:line:column: message}. */
    @Override
    public String toString() {
        return position + ": " + message;
    }
}
