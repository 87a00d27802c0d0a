package org.mailsim.web.classroom;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.mailsim.classroom.Assignment;
import org.mailsim.classroom.NewAssignment;
import org.mailsim.lab.Exercise;
import org.mailsim.lab.Exercises;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.quiz.ScenarioTitles;

/**
 * Checks what an instructor sets, from the form or the API: a lesson names a scenario of the
 * catalog, a lab exercise one of the lab's exercises, a quiz a valid quiz address (given its seed
 * here). A due date is a day ({@code 2026-12-14}: the end of that day, UTC) or an ISO-8601 instant.
 */
final class Assigning {
    private Assigning() { }

    static NewAssignment of(ScenarioLibrary scenarios, String kind, String title, String target, String due) {
        Assignment.Kind k = Assignment.Kind.of(kind == null ? "" : kind.strip())
                .orElseThrow(() -> new Refusal(400, "An assignment is a lesson, a lab or a quiz, not \"" + kind + "\"."));
        String t = target == null ? "" : target.strip();
        String settled = switch (k) {
            case LESSON -> {
                if (scenarios.current().scenarios().stream().noneMatch(s -> s.id().equals(t))) {
                    throw new Refusal(400, "There is no scenario \"" + t + "\" in the catalog.");
                }
                yield t;
            }
            case LAB -> {
                if (Exercises.all().stream().map(Exercise::id).noneMatch(t::equals)) throw new Refusal(400, "There is no lab exercise \"" + t + "\".");
                yield t;
            }
            case QUIZ -> AssignedQuiz.settle(t);
        };
        String name = title == null || title.isBlank() ? defaultTitle(scenarios, k, settled) : title;
        try {
            return new NewAssignment(k, name, settled, dueDate(due));
        } catch (org.mailsim.classroom.ClassroomException e) {
            throw Refusal.of(e);
        }
    }

    private static String defaultTitle(ScenarioLibrary scenarios, Assignment.Kind k, String target) {
        return switch (k) {
            case LESSON -> scenarios.current().scenarios().stream().filter(s -> s.id().equals(target)).findFirst().map(s -> s.title()).orElse(target);
            case LAB -> Exercises.all().stream().filter(e -> e.id().equals(target)).findFirst().map(e -> "Lab: " + e.title()).orElse(target);
            case QUIZ -> "Quiz: " + AssignedQuiz.parse(target).describe(new ScenarioTitles(scenarios));
        };
    }

    static Optional<Instant> dueDate(String due) {
        if (due == null || due.isBlank()) return Optional.empty();
        try {
            if (due.strip().length() == 10) return Optional.of(LocalDate.parse(due.strip()).atTime(23, 59, 59).toInstant(ZoneOffset.UTC));
            return Optional.of(Instant.parse(due.strip()));
        } catch (DateTimeParseException e) {
            throw new Refusal(400, "A due date is a day such as 2026-12-14, or an instant such as 2026-12-14T17:00:00Z; not \"" + due + "\".");
        }
    }
}
