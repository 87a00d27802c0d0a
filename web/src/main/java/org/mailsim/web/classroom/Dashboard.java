package org.mailsim.web.classroom;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mailsim.classroom.Assignment;
import org.mailsim.classroom.Classroom;
import org.mailsim.classroom.Progress;
import org.mailsim.classroom.QuestionStats;
import org.mailsim.classroom.QuizOutcome;
import org.mailsim.classroom.Student;
import org.mailsim.quiz.QuestionBank;

/** The instructor's dashboard as the template shows it: plain rows of text, built from the store's records. */
record Dashboard(String code, String name, boolean joiningOpen, List<Column> assignments, List<StudentRow> students,
                 List<String> working, List<QuestionRow> questions, List<ObjectiveRow> objectives, String csrf) {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    record Column(long id, String kind, String title, String due, boolean quiz) { }

    /** @param finished when it was recorded as done (shown on hover), or empty */
    record Cell(String status, String text, String finished) { }

    record StudentRow(long id, String name, boolean hasPin, List<Cell> cells) { }

    record QuestionRow(String id, String stem, int answered, int missed, String mostChosenWrong) { }

    record ObjectiveRow(String objective, int right, int total, int percent) { }

    static Dashboard of(Classroom cls, List<Assignment> assignments, List<Student> roster, List<Progress> progress,
                        List<QuestionStats> questions, List<QuizOutcome.ObjectiveScore> objectives, QuestionBank bank, String csrf) {
        List<Column> columns = assignments.stream().map(a -> new Column(a.id(), a.kind().word(), a.title(),
                a.due().map(WHEN::format).orElse(""), a.kind() == Assignment.Kind.QUIZ)).toList();
        Map<Long, List<Cell>> cells = new LinkedHashMap<>();
        for (Student s : roster) cells.put(s.id(), new ArrayList<>());
        List<String> working = new ArrayList<>();
        for (Progress p : progress) {
            cells.computeIfAbsent(p.student().id(), k -> new ArrayList<>()).add(cell(p));
            if (p.status() == Progress.Status.WORKING && p.assignment().kind() == Assignment.Kind.QUIZ && AssignedQuiz.isExam(p.assignment().target())) {
                working.add(p.student().name() + " · " + p.assignment().title() + " · started " + WHEN.format(p.started().orElseThrow()));
            }
        }
        List<StudentRow> students = roster.stream().map(s -> new StudentRow(s.id(), s.name(), s.hasPin(), cells.get(s.id()))).toList();
        List<QuestionRow> qrows = questions.stream().map(q -> new QuestionRow(q.questionId(),
                bank.byId(q.questionId()).map(x -> x.info().stem()).orElse("(no longer in the bank)"),
                q.answered(), q.missed(), q.mostChosenWrong().map(w -> w + " (" + q.timesChosen() + "×)").orElse(""))).toList();
        List<ObjectiveRow> orows = objectives.stream().map(o -> new ObjectiveRow(o.objective(), o.right(), o.total(),
                o.total() == 0 ? 0 : (int) Math.round(100.0 * o.right() / o.total()))).toList();
        return new Dashboard(cls.code(), cls.name(), cls.joiningOpen(), columns, students, working, qrows, orows, csrf);
    }

    private static Cell cell(Progress p) {
        return switch (p.status()) {
            case NOT_STARTED -> new Cell("not-started", "not started", "");
            case WORKING -> new Cell("working", "working", "");
            case DONE -> new Cell("done", (p.assignment().kind() == Assignment.Kind.QUIZ ? p.right() + "/" + p.total() + " · " : "done · ")
                    + p.timeTaken().map(Dashboard::minutes).orElse(""), p.finished().map(f -> "finished " + WHEN.format(f)).orElse(""));
        };
    }

    private static String minutes(java.time.Duration d) {
        long s = d.toSeconds();
        return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }
}
