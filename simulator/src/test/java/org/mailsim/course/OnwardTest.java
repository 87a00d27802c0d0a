package org.mailsim.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mailsim.course.Onward.Part;
import org.mailsim.course.Onward.Stop;

class OnwardTest {
    private static final Lesson IMAP = new Lesson(1, "imap-first", "One mailbox, two devices", "imap-phone-and-laptop",
            Optional.of("imap-other-device"), 5);
    private static final Lesson HEADERS = new Lesson(2, "headers", "Headers first", "imap-headers-first", Optional.empty(), 3);
    private static final Course COURSE = new Course("A course", List.of(IMAP, HEADERS), List.of());

    @Test
    void aLessonWithAnExerciseGoesOnToTheLabThenItsQuizThenTheNextLesson() {
        Onward onward = Onward.from(COURSE, "imap-phone-and-laptop").orElseThrow();
        assertThat(onward.lesson()).isEqualTo(IMAP);
        assertThat(onward.stops()).containsExactly(
                new Stop(Part.PRACTISE, "/lab?exercise=imap-other-device", "Next: practise it in the lab ▶"),
                new Stop(Part.QUIZ, "/quiz/take?scenario=imap-phone-and-laptop&count=5&mode=study", "Next: the lesson's quiz ▶"),
                new Stop(Part.NEXT_LESSON, "/course/headers", "Next lesson: Headers first ▶"));
        assertThat(onward.first().part()).isEqualTo(Part.PRACTISE);
    }

    @Test
    void theLastLessonWithNoExerciseGoesOnToItsQuizThenBackToTheCourse() {
        Onward onward = Onward.from(COURSE, "imap-headers-first").orElseThrow();
        assertThat(onward.stops()).extracting(Stop::part).containsExactly(Part.QUIZ, Part.COURSE_END);
        assertThat(onward.stops().get(1).href()).isEqualTo("/course");
        assertThat(onward.stops().get(1).label()).isEqualTo("Course finished: back to the course ▶");
    }

    @Test
    void aScenarioOutsideTheCourseHasNoWayOnInIt() {
        assertThat(Onward.from(COURSE, "lonely")).isEmpty();
    }
}
