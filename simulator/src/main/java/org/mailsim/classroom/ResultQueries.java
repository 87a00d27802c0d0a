package org.mailsim.classroom;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The dashboard's queries, and writing a finished quiz's answers; part of {@link JdbcClassroomStore}. */
final class ResultQueries {
    static final String ASSIGNMENT = "a.id AS a_id, a.class_id AS a_class_id, a.kind, a.title, a.target, a.due_at, a.created_at AS a_created_at";

    private final Sql sql;

    ResultQueries(Sql sql) {
        this.sql = sql;
    }

    static Assignment assignment(ResultSet r) throws SQLException {
        return new Assignment(r.getLong("a_id"), r.getLong("a_class_id"), Assignment.Kind.of(r.getString("kind")).orElseThrow(),
                r.getString("title"), r.getString("target"), Sql.maybeInstant(r, "due_at"), Sql.instant(r, "a_created_at"));
    }

    /** Inside {@link JdbcClassroomStore#finish}'s transaction, after the attempt row was claimed. */
    void recordAnswers(Connection c, long attemptId, QuizOutcome outcome) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO attempt_answer (attempt_id, question_order, question_id, correct, chosen) VALUES (?, ?, ?, ?, ?)")) {
            int order = 0;
            for (QuizOutcome.QuestionOutcome a : outcome.answers()) {
                s.setLong(1, attemptId);
                s.setInt(2, ++order);
                s.setString(3, a.questionId());
                s.setBoolean(4, a.correct());
                s.setString(5, a.chosen().orElse(null));
                s.addBatch();
            }
            if (order > 0) s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO attempt_objective (attempt_id, objective, right_count, total_count) VALUES (?, ?, ?, ?)")) {
            for (QuizOutcome.ObjectiveScore o : outcome.objectives()) {
                s.setLong(1, attemptId);
                s.setString(2, o.objective());
                s.setInt(3, o.right());
                s.setInt(4, o.total());
                s.addBatch();
            }
            if (!outcome.objectives().isEmpty()) s.executeBatch();
        }
    }

    /** Every student of the class (or one) against every assignment, with their attempt if any. */
    List<Progress> progress(String code, Optional<Long> studentId) {
        return sql.tx(c -> {
            long classId = JdbcClassroomStore.classroom(c, code).id();
            String query = "SELECT s.id, s.class_id, s.name, s.pin_hash, s.joined_at, " + ASSIGNMENT + ","
                    + " t.started_at, t.finished_at, t.score_right, t.score_total"
                    + " FROM student s JOIN assignment a ON a.class_id = s.class_id"
                    + " LEFT JOIN attempt t ON t.assignment_id = a.id AND t.student_id = s.id"
                    + " WHERE s.class_id = ?" + (studentId.isPresent() ? " AND s.id = ?" : "")
                    + " ORDER BY s.name_key, s.id, a.id";
            Object[] params = studentId.isPresent() ? new Object[] {classId, studentId.get()} : new Object[] {classId};
            return Sql.list(c, query, ResultQueries::progress, params);
        });
    }

    private static Progress progress(ResultSet r) throws SQLException {
        var started = Sql.maybeInstant(r, "started_at");
        var finished = Sql.maybeInstant(r, "finished_at");
        Progress.Status status = finished.isPresent() ? Progress.Status.DONE
                : started.isPresent() ? Progress.Status.WORKING : Progress.Status.NOT_STARTED;
        return new Progress(JdbcClassroomStore.student(r), assignment(r), status, started, finished,
                r.getInt("score_right"), r.getInt("score_total"));
    }

    List<QuestionStats> questions(String code, Optional<Long> assignmentId) {
        return sql.tx(c -> {
            long classId = JdbcClassroomStore.classroom(c, code).id();
            String from = " FROM attempt_answer q JOIN attempt t ON t.id = q.attempt_id JOIN assignment a ON a.id = t.assignment_id"
                    + " WHERE a.class_id = ?" + (assignmentId.isPresent() ? " AND a.id = ?" : "");
            Object[] params = assignmentId.isPresent() ? new Object[] {classId, assignmentId.get()} : new Object[] {classId};
            record Wrong(String id, String chosen, int times) { }
            Map<String, Wrong> top = new HashMap<>();
            for (Wrong w : Sql.list(c, "SELECT q.question_id, q.chosen, COUNT(*) AS times" + from
                    + " AND q.correct = FALSE AND q.chosen IS NOT NULL GROUP BY q.question_id, q.chosen",
                    r -> new Wrong(r.getString(1), r.getString(2), r.getInt(3)), params)) {
                top.merge(w.id(), w, (a, b) -> a.times() > b.times() || a.times() == b.times() && a.chosen().compareTo(b.chosen()) < 0 ? a : b);
            }
            List<QuestionStats> stats = new ArrayList<>(Sql.list(c,
                    "SELECT q.question_id, COUNT(*) AS answered, SUM(CASE WHEN q.correct THEN 0 ELSE 1 END) AS missed"
                            + from + " GROUP BY q.question_id",
                    r -> {
                        Optional<Wrong> w = Optional.ofNullable(top.get(r.getString(1)));
                        return new QuestionStats(r.getString(1), r.getInt(2), r.getInt(3), w.map(Wrong::chosen), w.map(Wrong::times).orElse(0));
                    }, params));
            stats.sort(Comparator.comparingInt(QuestionStats::missed).reversed().thenComparing(QuestionStats::questionId));
            return stats;
        });
    }

    List<QuizOutcome.ObjectiveScore> objectives(String code) {
        return sql.tx(c -> {
            long classId = JdbcClassroomStore.classroom(c, code).id();
            List<QuizOutcome.ObjectiveScore> rows = new ArrayList<>(Sql.list(c,
                    "SELECT o.objective, SUM(o.right_count), SUM(o.total_count)"
                            + " FROM attempt_objective o JOIN attempt t ON t.id = o.attempt_id JOIN assignment a ON a.id = t.assignment_id"
                            + " WHERE a.class_id = ? GROUP BY o.objective",
                    r -> new QuizOutcome.ObjectiveScore(r.getString(1), r.getInt(2), r.getInt(3)), classId));
            rows.sort(Comparator.comparing(QuizOutcome.ObjectiveScore::objective, ResultQueries::objectiveOrder));
            return rows;
        });
    }

    /** "N10-009 1.5" before "N10-009 1.10": the exam, then the numbers as numbers. */
    static int objectiveOrder(String a, String b) {
        String[] x = a.split("[ .]"), y = b.split("[ .]");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int cmp = x[i].matches("\\d+") && y[i].matches("\\d+") ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (cmp != 0) return cmp;
        }
        return Integer.compare(x.length, y.length);
    }
}
