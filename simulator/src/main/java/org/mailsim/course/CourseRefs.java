package org.mailsim.course;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.mailsim.lab.Exercise;
import org.mailsim.lab.Exercises;
import org.mailsim.quiz.Question;
import org.mailsim.quiz.QuestionBank;
import org.mailsim.scenario.Scenario;

/**
 * What a course file may name, to check it against: the scenarios of the catalog, the lab's
 * exercises, and (when the question bank is at hand, as in {@code mailsim check}) how many
 * questions refer to each scenario.
 */
public record CourseRefs(Set<String> scenarios, Set<String> exercises, Optional<Map<String, Integer>> questionsByScenario) {
    public CourseRefs {
        scenarios = Set.copyOf(scenarios);
        exercises = Set.copyOf(exercises);
        questionsByScenario = questionsByScenario == null ? Optional.empty() : questionsByScenario.map(Map::copyOf);
    }

    /** The catalog's scenarios, the lab's exercises, and the bank's questions per scenario when a bank is given. */
    public static CourseRefs of(List<Scenario> scenarios, Optional<QuestionBank> bank) {
        return new CourseRefs(scenarios.stream().map(Scenario::id).collect(Collectors.toSet()),
                Exercises.all().stream().map(Exercise::id).collect(Collectors.toSet()), bank.map(CourseRefs::countByScenario));
    }

    /** A scenario's title by id, for lessons that have none of their own. */
    public static Map<String, String> titles(List<Scenario> scenarios) {
        return scenarios.stream().collect(Collectors.toMap(Scenario::id, Scenario::title, (a, b) -> b));
    }

    private static Map<String, Integer> countByScenario(QuestionBank bank) {
        Map<String, Integer> counts = new HashMap<>();
        for (Question q : bank.questions()) q.info().reference().scenario().ifPresent(s -> counts.merge(s, 1, Integer::sum));
        return counts;
    }
}
