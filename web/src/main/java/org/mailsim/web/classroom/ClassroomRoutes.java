package org.mailsim.web.classroom;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.mailsim.classroom.Assignment;
import org.mailsim.classroom.ClassroomException;
import org.mailsim.classroom.ClassroomStore;
import org.mailsim.classroom.StudentMailAccounts;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.ErrorPages;
import org.mailsim.web.Templates;
import org.mailsim.web.quiz.ClassLink;
import org.mailsim.web.quiz.QuizBank;

/** The classroom's routes, pages and API, registered on the app by {@code WebApp}. */
public final class ClassroomRoutes {
    private final ErrorPages errors;
    private final Supplier<ClassroomStore> store;
    private final ClassroomApi api;
    private final TeachPages teach;
    private final StudentPages students;
    private final WorkDone workDone;

    public ClassroomRoutes(Templates templates, ErrorPages errors, Supplier<ClassroomStore> store, QuizBank bank, ScenarioLibrary scenarios,
                           Optional<StudentMailAccounts> studentMail) {
        this.errors = errors;
        this.store = store;
        Access access = new Access(store);
        this.api = new ClassroomApi(store, access, bank, scenarios);
        this.teach = new TeachPages(templates, store, access, bank, scenarios, studentMail);
        this.students = new StudentPages(templates, store, access, studentMail);
        this.workDone = new WorkDone(store);
    }

    public void register(JavalinConfig config) {
        var r = config.routes;
        r.post("/api/classes", api::create);
        r.post("/api/classes/{code}/students", api::join);
        r.delete("/api/classes/{code}/students/{id}", api::remove);
        r.get("/api/classes/{code}/roster", api::roster);
        r.get("/api/classes/{code}/results", api::results);
        r.get("/api/classes/{code}/results.csv", api::csv);
        r.get("/api/classes/{code}/questions.xml", api::moodle);
        r.put("/api/classes/{code}/joining", api::joining);
        r.get("/api/classes/{code}/assignments", api::assignments);
        r.post("/api/classes/{code}/assignments", api::assign);
        r.post("/api/classes/{code}/assignments/{id}/start", api::start);
        r.post("/api/classes/{code}/attempts", api::attempt);
        r.post("/api/classes/{code}/students/{id}/done", api::markDone);
        r.get("/api/classes/{code}/me", api::me);
        r.put("/api/classes/{code}/me/pin", api::pin);
        r.post("/api/classes/{code}/students/continue", api::continueWith);

        r.get("/teach", teach::show);
        r.post("/teach/classes", teach::create);
        r.post("/teach/sign-in", teach::signIn);
        r.post("/teach/sign-out", teach::signOut);
        r.get("/teach/{code}", teach::dashboard);
        r.post("/teach/{code}/assignments", teach::assign);
        r.post("/teach/{code}/joining", teach::joining);
        r.post("/teach/{code}/students/{id}/remove", teach::remove);
        r.get("/teach/{code}/results.csv", api::csv);
        r.get("/teach/{code}/questions.xml", api::moodle);

        r.get("/join", students::show);
        r.post("/join", students::join);
        r.post("/join/continue", students::continueWith);
        r.get("/class", students::mine);
        r.get("/class/assignments/{id}", students::open);
        r.post("/class/pin", students::pin);
        r.post("/class/leave", students::leave);

        r.exception(Refusal.class, (e, ctx) -> refuse(ctx, e));
        r.exception(ClassroomException.class, (e, ctx) -> refuse(ctx, Refusal.of(e)));
    }

    /** For the quiz page: the class, assignment and token of a joined student taking an assigned quiz. */
    public Optional<ClassLink> quizLink(Context ctx) {
        String assignment = ctx.queryParam("assignment");
        if (assignment == null || !assignment.matches("\\d{1,18}")) return Optional.empty();
        return Access.studentCookie(ctx).flatMap(c -> {
            String code = c[0].toUpperCase(java.util.Locale.ROOT);
            if (store.get().student(code, c[1]).isEmpty()) return Optional.empty();
            long id = Long.parseLong(assignment);
            if (store.get().assignments(code).stream().noneMatch(a -> a.id() == id)) return Optional.empty();
            return Optional.of(new ClassLink(code, id, c[1]));
        });
    }

    /**
     * For the player: the scenario's last step was shown to this request's browser. Records the
     * lesson for a joined student (their pages are never cached: {@code PageCache} skips a request
     * with a classroom cookie); nothing for anyone else.
     */
    public void lessonEndReached(Context ctx, String scenarioId) {
        workDone.record(ctx.cookie(Access.STUDENT_COOKIE), Assignment.Kind.LESSON, scenarioId);
    }

    /** For the lab: it graded an exercise done in the sandbox of a browser that sent these cookies (its socket's upgrade). */
    public void labExerciseDone(Map<String, String> cookies, String exerciseId) {
        workDone.record(cookies.get(Access.STUDENT_COOKIE), Assignment.Kind.LAB, exerciseId);
    }

    /** For the home page: a joined student's class and assignments with status; empty for anyone else. */
    public Optional<Object> homePanel(Context ctx) {
        if (ctx.cookie(Access.STUDENT_COOKIE) == null) return Optional.empty(); // most visitors: no database call
        return students.homePanel(ctx).map(p -> p);
    }

    private void refuse(Context ctx, Refusal e) {
        if (e.retryAfterSeconds > 0) ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds));
        if (ctx.path().startsWith("/api/") || ctx.path().endsWith(".csv") || ctx.path().endsWith(".xml")) {
            ctx.attribute(ErrorPages.EXPLAINED, true);
            Json.write(ctx, e.status, new Json.Problem(e.getMessage()));
            return;
        }
        String back = ctx.path().startsWith("/teach") ? "/teach" : "/join";
        errors.explained(ctx, new ErrorPages.ErrorView(e.status, e.status == 401 ? "Sign in first" : "The class could not do that",
                e.getMessage(), back, ctx.path().startsWith("/teach") ? "Back to Teach" : "Back to Join"));
    }
}
