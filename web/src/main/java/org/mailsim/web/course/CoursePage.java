package org.mailsim.web.course;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.mailsim.course.Course;
import org.mailsim.course.CourseReader;
import org.mailsim.course.CourseRefs;
import org.mailsim.course.Lesson;
import org.mailsim.lab.Exercise;
import org.mailsim.lab.Exercises;
import org.mailsim.scenario.Scenario;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.ErrorPages;
import org.mailsim.web.Templates;
import org.mailsim.web.Version;

/**
 * {@code GET /course}: every lesson in order with its three parts; {@code GET /course/{lesson}}:
 * one lesson (watch the scenario, practise in the lab, take the quiz) and the way to the next;
 * {@code GET /api/course}: the lessons as JSON, for the home page's "continue where you left off".
 * The course is read once, at start, from the packaged {@code course/course.yaml}.
 */
public final class CoursePage {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Templates templates;
    private final ErrorPages errors;
    private final ScenarioLibrary scenarios;
    private final Course course;

    public CoursePage(Templates templates, ErrorPages errors, ScenarioLibrary scenarios) {
        this.templates = templates;
        this.errors = errors;
        this.scenarios = scenarios;
        List<Scenario> all = scenarios.current().scenarios();
        this.course = CourseReader.builtIn(CourseRefs.of(all, Optional.empty()), CourseRefs.titles(all));
    }

    public Course course() {
        return course;
    }

    /** One lesson as the pages and the JSON show it. */
    public record LessonView(int number, String id, String title, String summary, String scenario, String href, String watchHref,
                             String exercise, String exerciseTitle, String labHref, String quizHref, int questions) { }

    record CourseView(String title, List<LessonView> lessons, String version) { }

    record LessonPageView(String courseTitle, LessonView lesson, int lessonCount, String previousHref, LessonView next, String version) { }

    record CourseJson(String title, List<LessonView> lessons) { }

    public void show(Context ctx) {
        ctx.html(templates.render("course/course", Map.of("view", new CourseView(course.title(), lessons(), Version.current()))));
    }

    public void lesson(Context ctx) {
        Optional<Lesson> found = course.lesson(ctx.pathParam("lesson"));
        if (found.isEmpty()) {
            errors.explained(ctx, 404, "No such lesson", "The course has no lesson \"" + ctx.pathParam("lesson")
                    + "\". The course page lists every lesson in order.");
            return;
        }
        Lesson l = found.get();
        String previous = l.number() > 1 ? "/course/" + course.lessons().get(l.number() - 2).id() : null;
        LessonView next = course.after(l).map(this::view).orElse(null);
        ctx.html(templates.render("course/lesson", Map.of("view",
                new LessonPageView(course.title(), view(l), course.lessons().size(), previous, next, Version.current()))));
    }

    public void json(Context ctx) throws JsonProcessingException {
        ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(new CourseJson(course.title(), lessons())));
    }

    private List<LessonView> lessons() {
        return course.lessons().stream().map(this::view).toList();
    }

    private LessonView view(Lesson l) {
        String summary = scenarios.current().find(l.scenario()).map(Scenario::summary).orElse("");
        Optional<Exercise> exercise = l.exercise().flatMap(id -> Exercises.all().stream().filter(e -> e.id().equals(id)).findFirst());
        return new LessonView(l.number(), l.id(), l.title(), summary, l.scenario(), "/course/" + l.id(), "/scenarios/" + l.scenario(),
                l.exercise().orElse(null), exercise.map(Exercise::title).orElse(null), l.labHref().orElse(null), l.quizHref(), l.questions());
    }
}
