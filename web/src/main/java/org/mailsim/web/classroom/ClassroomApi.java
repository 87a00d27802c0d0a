package org.mailsim.web.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.mailsim.classroom.Assignment;
import org.mailsim.classroom.ClassroomStore;
import org.mailsim.classroom.Joined;
import org.mailsim.classroom.NewClass;
import org.mailsim.classroom.Progress;
import org.mailsim.classroom.QuestionStats;
import org.mailsim.classroom.QuizOutcome;
import org.mailsim.classroom.ResultsCsv;
import org.mailsim.classroom.Student;
import org.mailsim.quiz.MoodleXml;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.quiz.QuizBank;

/**
 * The classroom as JSON, so an instructor can script a class (docs/classroom.md has curl examples).
 * Instructor calls carry {@code Authorization: Bearer INSTRUCTOR-KEY}; a student's carry their token.
 * A refusal is {@code {"error": "…"}} with 400, 401, 403 (joining closed), 404, 409 or 429.
 */
final class ClassroomApi {
    private final Supplier<ClassroomStore> store;
    private final Access access;
    private final QuizBank bank;
    private final ScenarioLibrary scenarios;
    private final Recording recording;

    ClassroomApi(Supplier<ClassroomStore> store, Access access, QuizBank bank, ScenarioLibrary scenarios) {
        this.store = store;
        this.access = access;
        this.bank = bank;
        this.scenarios = scenarios;
        this.recording = new Recording(store, bank);
    }

    record Created(String code, String name, String instructorKey) { }

    record JoinedView(long studentId, String name, String token) { }

    record StudentView(long id, String name, Instant joined, boolean hasPin) { }

    record Roster(String code, String name, boolean joiningOpen, List<StudentView> students) { }

    record AssignmentView(long id, String kind, String title, String target, Instant due) {
        static AssignmentView of(Assignment a) {
            return new AssignmentView(a.id(), a.kind().word(), a.title(), a.target(), a.due().orElse(null));
        }
    }

    record ProgressView(long studentId, String student, long assignmentId, String assignment, String status,
                        Instant started, Instant finished, Integer right, Integer total, Long seconds) {
        static ProgressView of(Progress p) {
            boolean scored = p.status() == Progress.Status.DONE && p.assignment().kind() == Assignment.Kind.QUIZ;
            return new ProgressView(p.student().id(), p.student().name(), p.assignment().id(), p.assignment().title(),
                    p.status().name().toLowerCase(java.util.Locale.ROOT), p.started().orElse(null), p.finished().orElse(null),
                    scored ? p.right() : null, scored ? p.total() : null, p.timeTaken().map(d -> d.toSeconds()).orElse(null));
        }
    }

    record QuestionView(String id, int answered, int missed, String mostChosenWrong, int timesChosen) {
        static QuestionView of(QuestionStats q) {
            return new QuestionView(q.questionId(), q.answered(), q.missed(), q.mostChosenWrong().orElse(null), q.timesChosen());
        }
    }

    record Results(String code, List<AssignmentView> assignments, List<ProgressView> progress, List<QuestionView> questions,
                   List<QuizOutcome.ObjectiveScore> objectives) { }

    void create(Context ctx) {
        JsonNode body = Json.body(ctx);
        NewClass made = store.get().create(Json.text(body, "name", "the class's name"));
        Json.write(ctx, 201, new Created(made.classroom().code(), made.classroom().name(), made.instructorKey()));
    }

    void join(Context ctx) {
        JsonNode body = Json.body(ctx);
        Joined joined = store.get().join(code(ctx), Json.text(body, "name", "the name the class will see"));
        Json.write(ctx, 201, new JoinedView(joined.student().id(), joined.student().name(), joined.token()));
    }

    void roster(Context ctx) {
        String code = code(ctx);
        access.instructor(ctx, code);
        var cls = store.get().find(code).orElseThrow();
        List<StudentView> students = store.get().roster(code).stream().map(s -> new StudentView(s.id(), s.name(), s.joined(), s.hasPin())).toList();
        Json.write(ctx, 200, new Roster(cls.code(), cls.name(), cls.joiningOpen(), students));
    }

    void results(Context ctx) {
        String code = code(ctx);
        access.instructor(ctx, code);
        Optional<Long> only = Optional.ofNullable(ctx.queryParam("assignment")).map(ClassroomApi::number);
        Json.write(ctx, 200, new Results(store.get().find(code).orElseThrow().code(),
                store.get().assignments(code).stream().map(AssignmentView::of).toList(),
                store.get().progress(code).stream().map(ProgressView::of).toList(),
                store.get().questions(code, only).stream().map(QuestionView::of).toList(),
                store.get().objectives(code)));
    }

    void assign(Context ctx) {
        String code = code(ctx);
        access.instructor(ctx, code);
        JsonNode b = Json.body(ctx);
        var a = Assigning.of(scenarios, Json.text(b, "kind", "lesson, lab or quiz"), b.path("title").asText(""),
                Json.text(b, "target", "a scenario id, a lab exercise id, or a quiz address such as ids=a,b&mode=study"), b.path("due").asText(""));
        Json.write(ctx, 201, AssignmentView.of(store.get().assign(code, a)));
    }

    void assignments(Context ctx) {
        String code = code(ctx);
        if (ctx.header("Authorization") != null && !isStudent(ctx, code)) access.instructor(ctx, code);
        else if (ctx.header("Authorization") == null) access.student(ctx, code);
        Json.write(ctx, 200, store.get().assignments(code).stream().map(AssignmentView::of).toList());
    }

    void joining(Context ctx) {
        String code = code(ctx);
        access.instructor(ctx, code);
        JsonNode b = Json.body(ctx);
        if (!b.path("open").isBoolean()) throw new Refusal(400, "The request needs \"open\": true or false.");
        store.get().setJoining(code, b.get("open").asBoolean());
        Json.write(ctx, 200, java.util.Map.of("joiningOpen", b.get("open").asBoolean()));
    }

    void remove(Context ctx) {
        String code = code(ctx);
        access.instructor(ctx, code);
        store.get().remove(code, number(ctx.pathParam("id")));
        ctx.status(204);
    }

    void start(Context ctx) {
        String code = code(ctx);
        Student s = access.student(ctx, code);
        store.get().start(code, recording.assignment(code, number(ctx.pathParam("id"))).id(), s.id(), Instant.now());
        ctx.status(204);
    }

    /** {@code {"assignmentId": 3, "answers": {"ports-imaps": {"picked": [1]}}}}: 201 when recorded, 200 when it already was. */
    void attempt(Context ctx) {
        String code = code(ctx);
        Student s = access.student(ctx, code);
        JsonNode b = Json.body(ctx);
        if (!b.path("assignmentId").canConvertToLong()) throw new Refusal(400, "The request needs \"assignmentId\": the assignment's number.");
        Recording.Recorded r = recording.finish(code, s, b.get("assignmentId").asLong(), b.get("answers"));
        Json.write(ctx, r.recorded() ? 201 : 200, r);
    }

    /**
     * {@code {"assignmentId": 3}} with the instructor key: the instructor marks a lesson or lab
     * exercise done for a student (work mailsim did not see, such as a lab done in another
     * browser); 201 when recorded, 200 when it already was.
     */
    void markDone(Context ctx) {
        String code = code(ctx);
        access.instructor(ctx, code);
        JsonNode b = Json.body(ctx);
        if (!b.path("assignmentId").canConvertToLong()) throw new Refusal(400, "The request needs \"assignmentId\": the assignment's number.");
        Recording.Recorded r = recording.markDone(code, number(ctx.pathParam("id")), b.get("assignmentId").asLong());
        Json.write(ctx, r.recorded() ? 201 : 200, r);
    }

    /** {@code {"pin": "1234"}}: the student's PIN to continue on another device. */
    void pin(Context ctx) {
        String code = code(ctx);
        Student s = access.student(ctx, code);
        store.get().setPin(code, s.id(), Json.text(Json.body(ctx), "pin", "4 to 8 digits"));
        ctx.status(204);
    }

    /** {@code {"name", "pin"}}: a new device token for that student; 401 when they do not match, slowed like keys. */
    void continueWith(Context ctx) {
        String code = code(ctx);
        JsonNode b = Json.body(ctx);
        String name = Json.text(b, "name", "the student's name in the class"), pin = Json.text(b, "pin", "the student's PIN");
        Joined joined = access.continueWith(code, name, pin);
        Json.write(ctx, 201, new JoinedView(joined.student().id(), joined.student().name(), joined.token()));
    }

    void me(Context ctx) {
        String code = code(ctx);
        Student s = access.student(ctx, code);
        Json.write(ctx, 200, store.get().progress(code, s.id()).stream().map(ProgressView::of).toList());
    }

    void csv(Context ctx) {
        String code = code(ctx);
        access.instructor(ctx, code);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"mailsim-" + code + "-results.csv\"");
        ctx.result(ResultsCsv.write(store.get().progress(code)));
    }

    /** The class's quiz assignments' questions ({@code ?assignment=N}: one assignment's), or the whole bank, as Moodle XML. */
    void moodle(Context ctx) {
        String code = code(ctx);
        access.instructor(ctx, code);
        String assignment = ctx.queryParam("assignment");
        var questions = assignment == null ? bank.bank().questions()
                : AssignedQuiz.questions(bank.bank(), quiz(code, number(assignment)).target());
        ctx.contentType("application/xml; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"mailsim-" + code + (assignment == null ? "-bank" : "-assignment-" + assignment) + ".xml\"");
        ctx.result(MoodleXml.write(assignment == null ? "mailsim" : "mailsim/" + code + "-" + assignment, questions));
    }

    private Assignment quiz(String code, long id) {
        Assignment a = recording.assignment(code, id);
        if (a.kind() != Assignment.Kind.QUIZ) throw new Refusal(400, "Assignment " + id + " is a " + a.kind().word() + ", not a quiz: it has no questions.");
        return a;
    }

    private boolean isStudent(Context ctx, String code) {
        try {
            access.student(ctx, code);
            return true;
        } catch (Refusal e) {
            return false;
        }
    }

    static String code(Context ctx) {
        String code = ctx.pathParam("code");
        if (!code.matches("[A-Za-z0-9]{1,12}")) throw new Refusal(404, "There is no class with the code " + code + ".");
        return code.toUpperCase(java.util.Locale.ROOT);
    }

    static long number(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new Refusal(400, "\"" + value + "\" is not a number.");
        }
    }
}
