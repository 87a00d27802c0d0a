package org.mailsim.yaml;

import java.util.List;
import java.util.stream.Collectors;

/** A file could not be read; every problem found is listed, each with its position. */
public final class YamlException extends Exception {
    private final List<YamlProblem> problems;

    public YamlException(List<YamlProblem> problems) {
        super(problems.stream().map(YamlProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) throw new IllegalArgumentException("a YamlException needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    public YamlException(Position position, String message) {
        this(List.of(new YamlProblem(position, message)));
    }

    public List<YamlProblem> problems() {
        return problems;
    }
}
