package org.mailsim.web.classroom;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mailsim.classroom.ClassroomStore;
import org.mailsim.classroom.NewClass;
import org.mailsim.lab.Exercises;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.Templates;
import org.mailsim.web.Version;
import org.mailsim.web.quiz.QuizBank;

/**
 * {@code /teach}: make a class (its code and key shown once), sign in with a key, and the class's
 * dashboard with its forms: set work, close or reopen joining, remove a student, export.
 */
final class TeachPages {
    private final Templates templates;
    private final Supplier<ClassroomStore> store;
    private final Access access;
    private final QuizBank bank;
    private final ScenarioLibrary scenarios;
    private final java.util.Optional<org.mailsim.classroom.StudentMailAccounts> studentMail;

    TeachPages(Templates templates, Supplier<ClassroomStore> store, Access access, QuizBank bank, ScenarioLibrary scenarios,
               java.util.Optional<org.mailsim.classroom.StudentMailAccounts> studentMail) {
        this.studentMail = studentMail;
        this.templates = templates;
        this.store = store;
        this.access = access;
        this.bank = bank;
        this.scenarios = scenarios;
    }

    record Choice(String value, String label) { }

    record TeachView(String version, String csrf, String error) { }

    record CreatedView(String version, String code, String name, String key) { }

    record ClassView(String version, Dashboard d, List<Choice> lessons, List<Choice> labs, List<MailRow> mail) { }

    /** A joined student's own mail account, for the instructor (who may also print it: /setup/accounts). */
    public record MailRow(String name, String login, String address, String password, String deviceHref) { }

    void show(Context ctx) {
        ctx.html(templates.render("classroom/teach", Map.of("view", new TeachView(Version.current(), Csrf.token(ctx), ""))));
    }

    void create(Context ctx) {
        Csrf.check(ctx);
        NewClass made = store.get().create(ctx.formParam("name"));
        Access.signInInstructor(ctx, made.classroom().code(), made.instructorKey());
        ctx.header("Cache-Control", "no-store");
        ctx.html(templates.render("classroom/teach-created", Map.of("view",
                new CreatedView(Version.current(), made.classroom().code(), made.classroom().name(), made.instructorKey()))));
    }

    void signIn(Context ctx) {
        Csrf.check(ctx);
        String code = ctx.formParam("code") == null ? "" : ctx.formParam("code").strip().toUpperCase(java.util.Locale.ROOT);
        String key = ctx.formParam("key") == null ? "" : ctx.formParam("key").strip().toUpperCase(java.util.Locale.ROOT);
        try {
            access.checkKey(code, key);
        } catch (Refusal e) {
            ctx.status(e.status);
            if (e.retryAfterSeconds > 0) ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds));
            ctx.html(templates.render("classroom/teach", Map.of("view", new TeachView(Version.current(), Csrf.token(ctx), e.getMessage()))));
            return;
        }
        Access.signInInstructor(ctx, code, key);
        ctx.redirect("/teach/" + code, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void signOut(Context ctx) {
        Csrf.check(ctx);
        Access.signOut(ctx, Access.TEACH_COOKIE);
        ctx.redirect("/teach", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void dashboard(Context ctx) {
        String code = ClassroomApi.code(ctx);
        access.instructor(ctx, code);
        ClassroomStore s = store.get();
        Dashboard d = Dashboard.of(s.find(code).orElseThrow(), s.assignments(code), s.roster(code), s.progress(code),
                s.questions(code, java.util.Optional.empty()), s.objectives(code), bank.bank(), Csrf.token(ctx));
        List<Choice> lessons = scenarios.current().scenarios().stream().map(x -> new Choice(x.id(), x.title())).toList();
        List<Choice> labs = Exercises.all().stream().map(e -> new Choice(e.id(), e.title())).toList();
        ctx.header("Cache-Control", "no-store");
        ctx.html(templates.render("classroom/teach-class", Map.of("view", new ClassView(Version.current(), d, lessons, labs, mailRows(s, code)))));
    }

    /** Empty when the web app runs without a live server's store (then no student has an account on it). */
    private List<MailRow> mailRows(ClassroomStore s, String code) {
        if (studentMail.isEmpty()) return List.of();
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        for (var student : s.roster(code)) names.put(student.id(), student.name());
        return s.mailAccounts(code).stream().filter(m -> names.containsKey(m.studentId())).map(m -> {
            studentMail.get().ensure(m);
            return new MailRow(names.get(m.studentId()), m.login(), m.address(), m.password(), "/setup/" + m.login());
        }).toList();
    }

    void assign(Context ctx) {
        String code = ClassroomApi.code(ctx);
        Csrf.check(ctx);
        access.instructor(ctx, code);
        String kind = ctx.formParam("kind");
        String target = switch (kind == null ? "" : kind) {
            case "lesson" -> ctx.formParam("lesson");
            case "lab" -> ctx.formParam("lab");
            default -> quizTarget(ctx);
        };
        store.get().assign(code, Assigning.of(scenarios, kind, ctx.formParam("title"), target, ctx.formParam("due")));
        ctx.redirect("/teach/" + code + "#assignments", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void joining(Context ctx) {
        String code = ClassroomApi.code(ctx);
        Csrf.check(ctx);
        access.instructor(ctx, code);
        store.get().setJoining(code, "open".equals(ctx.formParam("joining")));
        ctx.redirect("/teach/" + code, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void remove(Context ctx) {
        String code = ClassroomApi.code(ctx);
        Csrf.check(ctx);
        access.instructor(ctx, code);
        store.get().remove(code, ClassroomApi.number(ctx.pathParam("id")));
        ctx.redirect("/teach/" + code + "#students", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** The quiz part of the form as a quiz address query: named question ids, or the filters. */
    private static String quizTarget(Context ctx) {
        StringBuilder q = new StringBuilder();
        String ids = ctx.formParam("ids");
        if (ids != null && !ids.isBlank()) {
            q.append("ids=").append(enc(ids.replaceAll("[\\s,]+", ",")));
        } else {
            String exam = ctx.formParam("exam");
            if (exam != null && !exam.isBlank()) q.append("exam=").append(enc(exam)).append('&');
            String objective = ctx.formParam("objective");
            if (objective != null) for (String o : objective.split("[\\s,]+")) if (!o.isBlank()) q.append("objective=").append(enc(o)).append('&');
            q.append("count=").append(enc(ctx.formParam("count") == null ? "10" : ctx.formParam("count")));
        }
        String mode = ctx.formParam("mode");
        q.append("&mode=").append(enc(mode == null ? "study" : mode));
        String minutes = ctx.formParam("minutes");
        if ("exam".equals(mode) && minutes != null && !minutes.isBlank()) q.append("&minutes=").append(enc(minutes));
        return q.toString();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s.strip(), java.nio.charset.StandardCharsets.UTF_8);
    }


}
