package org.mailsim.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mailsim.yaml.YamlProblem;

class CourseReaderTest {
    private static final CourseRefs REFS = new CourseRefs(Set.of("imap-phone-and-laptop", "pop3-delete-after-download", "lonely"),
            Set.of("imap-other-device", "pop3-retr"),
            Optional.of(Map.of("imap-phone-and-laptop", 14, "pop3-delete-after-download", 11)));
    private static final Map<String, String> TITLES = Map.of("imap-phone-and-laptop", "One mailbox, two devices (IMAP)");

    private static Course read(String text) {
        return CourseReader.read("course.yaml", text, REFS, TITLES);
    }

    private static java.util.List<String> problems(Course course) {
        return course.problems().stream().map(YamlProblem::toString).toList();
    }

    @Test
    void lessonsAreReadInOrderWithTheScenariosTitleAndFiveQuestionsByDefault() {
        Course course = read("""
                title: A course
                lessons:
                  - id: imap-first
                    scenario: imap-phone-and-laptop
                    exercise: imap-other-device
                  - id: pop3-next
                    scenario: pop3-delete-after-download
                    title: POP3 moves mail
                    questions: 3
                """);
        assertThat(course.problems()).isEmpty();
        assertThat(course.title()).isEqualTo("A course");
        assertThat(course.lessons()).containsExactly(
                new Lesson(1, "imap-first", "One mailbox, two devices (IMAP)", "imap-phone-and-laptop", Optional.of("imap-other-device"), 5),
                new Lesson(2, "pop3-next", "POP3 moves mail", "pop3-delete-after-download", Optional.empty(), 3));
        Lesson first = course.lessons().get(0);
        assertThat(course.after(first)).contains(course.lessons().get(1));
        assertThat(course.after(course.lessons().get(1))).isEmpty();
        assertThat(course.lessonFor("pop3-delete-after-download").map(Lesson::id)).contains("pop3-next");
        assertThat(first.quizHref()).isEqualTo("/quiz/take?scenario=imap-phone-and-laptop&count=5&mode=study");
        assertThat(first.labHref()).contains("/lab?exercise=imap-other-device");
    }

    @Test
    void aLessonNamingAMissingScenarioOrExerciseIsAnErrorAtItsPlaceAndIsLeftOut() {
        Course course = read("""
                title: A course
                lessons:
                  - id: good
                    scenario: imap-phone-and-laptop
                  - id: bad-scenario
                    scenario: imap-phone-and-tablet
                  - id: bad-exercise
                    scenario: pop3-delete-after-download
                    exercise: pop3-top
                """);
        assertThat(problems(course)).containsExactly(
                "course.yaml:6:15: there is no scenario 'imap-phone-and-tablet'",
                "course.yaml:9:15: the lab has no exercise 'pop3-top'; it has imap-other-device, pop3-retr");
        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("good");
    }

    @Test
    void aScenarioWithoutQuestionsADuplicateIdAndAnUnknownKeyAreReported() {
        Course course = read("""
                title: A course
                lessons:
                  - id: one
                    scenario: lonely
                  - id: two
                    scenario: imap-phone-and-laptop
                    exercize: imap-other-device
                  - id: two
                    scenario: pop3-delete-after-download
                    questions: 0
                """);
        assertThat(problems(course)).containsExactly(
                "course.yaml:4:15: no question refers to the scenario 'lonely', so the lesson's quiz would be empty",
                "course.yaml:7:5: unknown key 'exercize' in lesson 2; did you mean 'exercise'?",
                "course.yaml:8:9: the lesson id 'two' is already used at line 5",
                "course.yaml:10:16: 'questions' should be between 1 and 20, not 0");
        assertThat(course.lessons()).isEmpty();
    }

    @Test
    void aFileThatIsNotACourseSaysWhatIsMissing() {
        assertThat(problems(read("title: x\n"))).containsExactly("course.yaml:1:1: the course needs 'lessons', a list of lessons");
        assertThat(problems(read("title: x\nlessons: [\n"))).singleElement().asString().startsWith("course.yaml:").contains("not valid YAML");
    }

    @Test
    void withoutTheQuestionBankQuestionsAreNotCounted() {
        CourseRefs noBank = new CourseRefs(REFS.scenarios(), REFS.exercises(), Optional.empty());
        Course course = CourseReader.read("c.yaml", "title: x\nlessons:\n  - {id: a, scenario: lonely}\n", noBank, Map.of());
        assertThat(course.problems()).isEmpty();
        assertThat(course.lessons().get(0).title()).isEqualTo("lonely");
    }
}
