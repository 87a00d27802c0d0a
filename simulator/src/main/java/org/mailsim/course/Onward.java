package org.mailsim.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the course goes once a student has watched a scenario to its last step: the lesson's other
 * parts in the course's order (practise it in the lab, when the lesson has an exercise; take its
 * quiz), then the next lesson, or back to the course after the last one. Which of these is "next"
 * depends on what the student has done, kept in the browser only: the page offers the first stop
 * and the browser skips the stops already done (static/course.js).
 *
 * @param lesson  the lesson whose scenario was watched
 * @param stops   in order; the last one is always the way to the next lesson (or the course's end)
 */
public record Onward(Lesson lesson, List<Stop> stops) {
    public Onward {
        stops = List.copyOf(stops);
        if (stops.isEmpty()) throw new IllegalArgumentException("there is always a way on");
    }

    /** The lesson's parts a stop stands for; {@code NEXT_LESSON} and {@code COURSE_END} come once the parts are done. */
    public enum Part { PRACTISE, QUIZ, NEXT_LESSON, COURSE_END }

    /** One place to go on to, with the words the Next control shows for it. */
    public record Stop(Part part, String href, String label) { }

    /** The way on from the last step of a scenario the course teaches; empty for a scenario outside the course. */
    public static Optional<Onward> from(Course course, String scenario) {
        return course.lessonFor(scenario).map(lesson -> after(course, lesson));
    }

    static Onward after(Course course, Lesson lesson) {
        List<Stop> stops = new ArrayList<>();
        lesson.labHref().ifPresent(href -> stops.add(new Stop(Part.PRACTISE, href, "Next: practise it in the lab ▶")));
        stops.add(new Stop(Part.QUIZ, lesson.quizHref(), "Next: the lesson's quiz ▶"));
        stops.add(course.after(lesson)
                .map(next -> new Stop(Part.NEXT_LESSON, "/course/" + next.id(), "Next lesson: " + next.title() + " ▶"))
                .orElse(new Stop(Part.COURSE_END, "/course", "Course finished: back to the course ▶")));
        return new Onward(lesson, stops);
    }

    /** Where Next goes when nothing is known of the student's progress: the first part of the lesson left. */
    public Stop first() {
        return stops.get(0);
    }
}
