package org.mailsim.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mailsim.scenario.ScenarioCatalog;

/** The course packaged with mailsim names only scenarios and exercises that exist, each once. */
class BuiltInCourseTest {
    @Test
    void theBuiltInCourseLoadsEveryScenarioOnceWithoutProblems() {
        var scenarios = ScenarioCatalog.load(Optional.empty()).scenarios();
        Course course = CourseReader.builtIn(CourseRefs.of(scenarios, Optional.empty()), CourseRefs.titles(scenarios));
        assertThat(course.problems()).isEmpty();
        assertThat(course.lessons()).extracting(Lesson::scenario).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(scenarios.stream().map(s -> s.id()).toList());
        assertThat(course.lessons().get(0).number()).isEqualTo(1);
        assertThat(course.lessons()).filteredOn(l -> l.exercise().isPresent()).hasSizeGreaterThanOrEqualTo(10);
    }
}
