package org.mailsim.course;

import java.util.List;
import java.util.Optional;

import org.mailsim.yaml.YamlProblem;

/**
 * The course as read: its lessons in order (a lesson with a problem is left out, as a question
 * with a problem is left out of the bank) and the problems found, each at its place in the file.
 */
public record Course(String title, List<Lesson> lessons, List<YamlProblem> problems) {
    public Course {
        lessons = List.copyOf(lessons);
        problems = List.copyOf(problems);
    }

    /** A course with no lessons, for when the file cannot be read at all. */
    public static Course empty(List<YamlProblem> problems) {
        return new Course("Course", List.of(), problems);
    }

    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The first lesson that watches this scenario. */
    public Optional<Lesson> lessonFor(String scenario) {
        return lessons.stream().filter(l -> l.scenario().equals(scenario)).findFirst();
    }

    /** The lesson after this one, if it is not the last. */
    public Optional<Lesson> after(Lesson lesson) {
        int i = lessons.indexOf(lesson);
        return i >= 0 && i + 1 < lessons.size() ? Optional.of(lessons.get(i + 1)) : Optional.empty();
    }
}
