package org.mailsim.bench;

import java.util.List;

/**
 * What one benchmark measured on one server: the figures for its table, and the correctness
 * problems found (lost or extra messages, failed commands); an empty list means every check passed.
 */
record BenchResult(String benchmark, String target, List<Figure> figures, List<String> problems) {
    BenchResult {
        figures = List.copyOf(figures);
        problems = List.copyOf(problems);
    }

    boolean correct() {
        return problems.isEmpty();
    }
}
