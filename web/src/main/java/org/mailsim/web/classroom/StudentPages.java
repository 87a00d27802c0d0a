package org.mailsim.web.classroom;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.mailsim.classroom.Assignment;
import org.mailsim.classroom.ClassroomException;
import org.mailsim.classroom.ClassroomStore;
import org.mailsim.classroom.Joined;
import org.mailsim.classroom.Progress;
import org.mailsim.classroom.Student;
import org.mailsim.classroom.StudentMailAccounts;
import org.mailsim.store.Account;
import org.mailsim.web.Templates;
import org.mailsim.web.Version;

/**
 * A student's side: {@code /join} (a join code and a display name; no e-mail, no password; or a
 * name and PIN to continue on another device), and {@code /class}, their own assignments with
 * status. A device cookie brings them back. Work is recorded when it is finished, never by a
 * button: a quiz by its page, a lesson at its last step and a lab exercise when the lab grades it
 * ({@link WorkDone}).
 */
final class StudentPages {
    private final Templates templates;
    private final Supplier<ClassroomStore> store;
    private final Access access;
    private final Optional<StudentMailAccounts> studentMail;

    StudentPages(Templates templates, Supplier<ClassroomStore> store, Access access, Optional<StudentMailAccounts> studentMail) {
        this.templates = templates;
        this.store = store;
        this.access = access;
        this.studentMail = studentMail;
    }

    record JoinView(String version, String csrf, String code, String error) { }

    public record Row(long id, String kind, String title, String due, String status, String result, String href) { }

    record ClassView(String version, String csrf, String className, String code, String name, boolean hasPin, List<Row> rows, String notice,
                     MailView mail) { }

    /** The student's own mail account on the live server; null when this web app runs without one (tests, embedding). */
    public record MailView(String login, String address, String password, String deviceHref, String qrHref) {
        static MailView of(Account a) {
            return new MailView(a.login(), a.address(), a.password(), "/setup/" + a.login(), "/setup/" + a.login() + "/qr.png");
        }
    }

    /** The home page's panel: the class and the student's assignments with status. */
    public record HomePanel(String className, List<Row> rows) { }

    /** The home page's panel for the student this browser joined as, if any. */
    Optional<HomePanel> homePanel(Context ctx) {
        return me(ctx, store.get()).map(me -> new HomePanel(store.get().find(me.code()).orElseThrow().name(),
                store.get().progress(me.code(), me.student().id()).stream().map(StudentPages::row).toList()));
    }

    /** The signed-in student and their class code, if this browser joined one. */
    record Me(String code, Student student) { }

    void show(Context ctx) {
        ctx.html(templates.render("classroom/join", Map.of("view",
                new JoinView(Version.current(), Csrf.token(ctx), Optional.ofNullable(ctx.queryParam("code")).orElse(""), ""))));
    }

    void join(Context ctx) {
        Csrf.check(ctx);
        String code = field(ctx, "code").toUpperCase(java.util.Locale.ROOT);
        String pin = field(ctx, "pin");
        if (!pin.isEmpty() && !pin.matches("\\d{4,8}")) {
            again(ctx, code, new Refusal(400, "A PIN is 4 to 8 digits; leave it empty if you do not want one."));
            return;
        }
        try {
            Joined joined = store.get().join(code, field(ctx, "name"));
            Access.signInStudent(ctx, code, joined.token());
            if (!pin.isEmpty()) store.get().setPin(code, joined.student().id(), pin);
            ctx.redirect("/class", HttpStatus.SEE_OTHER);
        } catch (ClassroomException e) {
            again(ctx, code, Refusal.of(e));
        }
    }

    /** Name and PIN on a new device: a new device token for the same student. */
    void continueWith(Context ctx) {
        Csrf.check(ctx);
        String code = field(ctx, "code").toUpperCase(java.util.Locale.ROOT);
        try {
            Joined joined = access.continueWith(code, field(ctx, "name"), field(ctx, "pin"));
            Access.signInStudent(ctx, code, joined.token());
            ctx.redirect("/class", HttpStatus.SEE_OTHER);
        } catch (ClassroomException e) {
            again(ctx, code, Refusal.of(e));
        } catch (Refusal e) {
            again(ctx, code, e);
        }
    }

    void mine(Context ctx) {
        Optional<Me> me = me(ctx, store.get());
        if (me.isEmpty()) {
            ctx.redirect("/join", HttpStatus.SEE_OTHER);
            return;
        }
        String code = me.get().code();
        var cls = store.get().find(code).orElseThrow();
        List<Row> rows = store.get().progress(code, me.get().student().id()).stream().map(StudentPages::row).toList();
        ctx.header("Cache-Control", "no-store");
        ctx.html(templates.render("classroom/class", Map.of("view", new ClassView(Version.current(), Csrf.token(ctx), cls.name(), code,
                me.get().student().name(), me.get().student().hasPin(), rows, Optional.ofNullable(ctx.queryParam("notice")).orElse(""),
                studentMail.map(m -> MailView.of(m.account(store.get().mail(code, me.get().student().id())))).orElse(null)))));
    }

    /** Opening an assignment notes the start (the dashboard's "working") and goes to it. */
    void open(Context ctx) {
        Me me = required(ctx);
        long id = ClassroomApi.number(ctx.pathParam("id"));
        Assignment a = store.get().assignments(me.code()).stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new Refusal(404, "Your class has no assignment " + id + "."));
        store.get().start(me.code(), id, me.student().id(), Instant.now());
        ctx.redirect(href(a), HttpStatus.SEE_OTHER);
    }

    void pin(Context ctx) {
        Csrf.check(ctx);
        Me me = required(ctx);
        try {
            store.get().setPin(me.code(), me.student().id(), field(ctx, "pin"));
            ctx.redirect("/class?notice=pin", HttpStatus.SEE_OTHER);
        } catch (ClassroomException e) {
            throw Refusal.of(e);
        }
    }

    void leave(Context ctx) {
        Csrf.check(ctx);
        Access.signOut(ctx, Access.STUDENT_COOKIE);
        ctx.redirect("/join", HttpStatus.SEE_OTHER);
    }

    static Optional<Me> me(Context ctx, ClassroomStore store) {
        return Access.studentCookie(ctx).flatMap(c -> store.student(c[0], c[1]).map(s -> new Me(c[0].toUpperCase(java.util.Locale.ROOT), s)));
    }

    private Me required(Context ctx) {
        return me(ctx, store.get()).orElseThrow(() -> new Refusal(401, "Join your class first, on /join."));
    }

    private void again(Context ctx, String code, Refusal e) {
        ctx.status(e.status);
        if (e.retryAfterSeconds > 0) ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds));
        ctx.html(templates.render("classroom/join", Map.of("view", new JoinView(Version.current(), Csrf.token(ctx), code, e.getMessage()))));
    }

    static String href(Assignment a) {
        return switch (a.kind()) {
            case LESSON -> "/scenarios/" + a.target();
            case LAB -> "/lab#" + a.target();
            case QUIZ -> "/quiz/take?" + a.target() + "&assignment=" + a.id();
        };
    }

    private static Row row(Progress p) {
        Assignment a = p.assignment();
        String result = p.status() != Progress.Status.DONE ? ""
                : a.kind() == Assignment.Kind.QUIZ ? p.right() + " of " + p.total() + " right" : "done";
        return new Row(a.id(), a.kind().word(), a.title(), a.due().map(Dashboard.WHEN::format).orElse(""),
                p.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), result,
                "/class/assignments/" + a.id());
    }

    private static String field(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.strip();
    }
}
