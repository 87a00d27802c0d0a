package org.mailsim.course;

import java.util.Objects;
import java.util.Optional;

/**
 * One lesson of the course: watch a scenario, practise it in the lab, answer a few questions on it.
 *
 * @param number     1-based place in the course
 * @param id         stable, for addresses and the browser's progress ({@code imap-keeps-mail-on-the-server})
 * @param title      the lesson's title
 * @param scenario   the scenario to watch
 * @param exercise   the lab exercise that practises it, when the lab has one
 * @param questions  how many questions the lesson's quiz asks, from those whose reference names the scenario
 */
public record Lesson(int number, String id, String title, String scenario, Optional<String> exercise, int questions) {
    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scenario, "scenario");
        exercise = exercise == null ? Optional.empty() : exercise;
        if (number < 1) throw new IllegalArgumentException("lessons are numbered from 1");
        if (questions < 1) throw new IllegalArgumentException("a lesson's quiz has at least one question");
    }

    /** The lesson quiz's address: study mode, questions on this lesson's scenario. */
    public String quizHref() {
        return "/quiz/take?scenario=" + scenario + "&count=" + questions + "&mode=study";
    }

    /** The lab with this lesson's exercise picked out, when there is one. */
    public Optional<String> labHref() {
        return exercise.map(e -> "/lab?exercise=" + e);
    }
}
