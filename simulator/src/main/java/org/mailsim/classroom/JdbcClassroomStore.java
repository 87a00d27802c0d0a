package org.mailsim.classroom;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mailsim.classroom.ClassroomException.Reason;
import org.mailsim.setup.ClassAccounts;

/**
 * The classroom store over JDBC: each method one transaction, its SQL in full. The queries for the
 * dashboard are in {@link ResultQueries}. Open it with {@link ClassroomDatabase#open}.
 */
public final class JdbcClassroomStore implements ClassroomStore {
    public static final int MAX_NAME = 80;
    private static final String STUDENT = "s.id, s.class_id, s.name, s.pin_hash, s.joined_at";

    private final HikariDataSource pool;
    private final Sql sql;
    private final ResultQueries results;
    /** Instructor keys already checked against their slow hash: code to the key's SHA-256. */
    private final Map<String, String> checkedKeys = new ConcurrentHashMap<>();

    JdbcClassroomStore(HikariDataSource pool) {
        this.pool = pool;
        this.sql = new Sql(pool);
        this.results = new ResultQueries(sql);
    }

    @Override
    public NewClass create(String name) {
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty() || cleaned.length() > 200) throw ClassroomException.badInput("A class's name is 1 to 200 characters.");
        String key = Secrets.instructorKey();
        String keyHash = Secrets.slowHash(key);
        Instant now = Instant.now();
        for (int tries = 0; ; tries++) {
            String code = Secrets.joinCode();
            try {
                long id = sql.tx(c -> Sql.insert(c,
                        "INSERT INTO classroom (code, name, key_hash, joining_open, created_at) VALUES (?, ?, ?, TRUE, ?)",
                        code, cleaned, keyHash, now));
                return new NewClass(new Classroom(id, code, cleaned, true, now), key);
            } catch (IllegalStateException e) {
                if (tries < 5 && isUniqueViolation(e)) continue; // the code was taken: draw another
                throw e;
            }
        }
    }

    @Override
    public Optional<Classroom> find(String code) {
        return sql.tx(c -> Sql.one(c, "SELECT id, code, name, joining_open, created_at FROM classroom WHERE code = ?",
                r -> new Classroom(r.getLong("id"), r.getString("code"), r.getString("name"), r.getBoolean("joining_open"),
                        Sql.instant(r, "created_at")), normal(code)));
    }

    @Override
    public boolean isInstructorKey(String code, String key) {
        if (key == null || key.isEmpty() || key.length() > 100) return false;
        String c0 = normal(code);
        String fast = Secrets.sha256(key);
        String known = checkedKeys.get(c0);
        if (known != null) return MessageDigest.isEqual(known.getBytes(StandardCharsets.US_ASCII), fast.getBytes(StandardCharsets.US_ASCII));
        Optional<String> hash = sql.tx(c -> Sql.one(c, "SELECT key_hash FROM classroom WHERE code = ?", r -> r.getString(1), c0));
        if (hash.isEmpty() || !Secrets.matchesSlowHash(key, hash.get())) return false;
        checkedKeys.put(c0, fast);
        return true;
    }

    @Override
    public void setJoining(String code, boolean open) {
        sql.tx(c -> {
            if (Sql.update(c, "UPDATE classroom SET joining_open = ? WHERE code = ?", open, normal(code)) == 0) throw ClassroomException.noSuchClass(code);
            return null;
        });
    }

    @Override
    public Joined join(String code, String name) {
        String cleaned = studentName(name);
        String token = Secrets.deviceToken();
        Instant now = Instant.now();
        try {
            return sql.tx(c -> {
                Classroom cls = classroom(c, code);
                if (!cls.joiningOpen()) throw new ClassroomException(Reason.JOINING_CLOSED, "Joining " + cls.code() + " is closed. Ask your instructor to open it.");
                long id = Sql.insert(c, "INSERT INTO student (class_id, name, name_key, joined_at, mail_password) VALUES (?, ?, ?, ?, ?)",
                        cls.id(), cleaned, nameKey(cleaned), now, ClassAccounts.newPassword());
                Sql.update(c, "INSERT INTO device (token_hash, student_id, created_at) VALUES (?, ?, ?)", Secrets.sha256(token), id, now);
                return new Joined(new Student(id, cls.id(), cleaned, false, now), token);
            });
        } catch (IllegalStateException e) {
            if (isUniqueViolation(e)) throw new ClassroomException(Reason.NAME_TAKEN, "Someone in this class is already called " + cleaned
                    + ". Add an initial, or continue with your PIN if that is you.");
            throw e;
        }
    }

    @Override
    public Optional<Student> student(String code, String token) {
        if (token == null || token.isEmpty() || token.length() > 100) return Optional.empty();
        return sql.tx(c -> Sql.one(c, "SELECT " + STUDENT + " FROM student s JOIN device d ON d.student_id = s.id"
                + " JOIN classroom k ON k.id = s.class_id WHERE d.token_hash = ? AND k.code = ?",
                JdbcClassroomStore::student, Secrets.sha256(token), normal(code)));
    }

    @Override
    public void setPin(String code, long studentId, String pin) {
        if (pin == null || !pin.matches("\\d{4,8}")) throw ClassroomException.badInput("A PIN is 4 to 8 digits.");
        String hash = Secrets.slowHash(pin);
        sql.tx(c -> {
            long classId = classroom(c, code).id();
            if (Sql.update(c, "UPDATE student SET pin_hash = ? WHERE id = ? AND class_id = ?", hash, studentId, classId) == 0) throw noStudent();
            return null;
        });
    }

    @Override
    public Optional<Joined> continueWith(String code, String name, String pin) {
        if (pin == null || !pin.matches("\\d{4,8}")) return Optional.empty();
        String cleaned = studentName(name);
        Optional<String> hash = sql.tx(c -> Sql.one(c, "SELECT s.pin_hash FROM student s WHERE s.class_id = ? AND s.name_key = ?",
                r -> Optional.ofNullable(r.getString(1)), classroom(c, code).id(), nameKey(cleaned))).flatMap(h -> h);
        if (hash.isEmpty() || !Secrets.matchesSlowHash(pin, hash.get())) return Optional.empty();
        String token = Secrets.deviceToken();
        return sql.tx(c -> {
            Optional<Student> s = Sql.one(c, "SELECT " + STUDENT + " FROM student s WHERE s.class_id = ? AND s.name_key = ?",
                    JdbcClassroomStore::student, classroom(c, code).id(), nameKey(cleaned));
            if (s.isEmpty()) return Optional.empty();
            Sql.update(c, "INSERT INTO device (token_hash, student_id, created_at) VALUES (?, ?, ?)", Secrets.sha256(token), s.get().id(), Instant.now());
            return Optional.of(new Joined(s.get(), token));
        });
    }

    @Override
    public void remove(String code, long studentId) {
        sql.tx(c -> {
            if (Sql.update(c, "DELETE FROM student WHERE id = ? AND class_id = ?", studentId, classroom(c, code).id()) == 0) throw noStudent();
            return null;
        });
    }

    @Override
    public List<Student> roster(String code) {
        return sql.tx(c -> Sql.list(c, "SELECT " + STUDENT + " FROM student s WHERE s.class_id = ? ORDER BY s.name_key, s.id",
                JdbcClassroomStore::student, classroom(c, code).id()));
    }

    @Override
    public StudentMail mail(String code, long studentId) {
        return sql.tx(c -> {
            Classroom cls = classroom(c, code);
            // Fills the password of a student who joined before V3; "IS NULL" lets only the first of two racing instances set it.
            Sql.update(c, "UPDATE student SET mail_password = ? WHERE id = ? AND class_id = ? AND mail_password IS NULL",
                    ClassAccounts.newPassword(), studentId, cls.id());
            return Sql.one(c, "SELECT mail_password FROM student WHERE id = ? AND class_id = ?",
                    r -> new StudentMail(cls.code(), studentId, r.getString(1)), studentId, cls.id()).orElseThrow(JdbcClassroomStore::noStudent);
        });
    }

    @Override
    public List<StudentMail> mailAccounts(String code) {
        return sql.tx(c -> Sql.list(c, "SELECT k.code, s.id, s.mail_password FROM student s JOIN classroom k ON k.id = s.class_id"
                + " WHERE k.code = ? AND s.mail_password IS NOT NULL ORDER BY s.id", JdbcClassroomStore::mail, classroom(c, code).code()));
    }

    @Override
    public List<StudentMail> mailAccounts() {
        return sql.tx(c -> Sql.list(c, "SELECT k.code, s.id, s.mail_password FROM student s JOIN classroom k ON k.id = s.class_id"
                + " WHERE s.mail_password IS NOT NULL ORDER BY s.id", JdbcClassroomStore::mail));
    }

    private static StudentMail mail(ResultSet r) throws SQLException {
        return new StudentMail(r.getString(1), r.getLong(2), r.getString(3));
    }

    @Override
    public Assignment assign(String code, NewAssignment a) {
        Instant now = Instant.now();
        return sql.tx(c -> {
            long classId = classroom(c, code).id();
            long id = Sql.insert(c, "INSERT INTO assignment (class_id, kind, title, target, due_at, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    classId, a.kind().word(), a.title(), a.target(), a.due(), now);
            return new Assignment(id, classId, a.kind(), a.title(), a.target(), a.due(), now);
        });
    }

    @Override
    public List<Assignment> assignments(String code) {
        return sql.tx(c -> Sql.list(c, "SELECT " + ResultQueries.ASSIGNMENT + " FROM assignment a WHERE a.class_id = ? ORDER BY a.id",
                ResultQueries::assignment, classroom(c, code).id()));
    }

    @Override
    public Optional<Assignment> assignment(String code, long assignmentId) {
        return sql.tx(c -> Sql.one(c, "SELECT " + ResultQueries.ASSIGNMENT + " FROM assignment a JOIN classroom k ON k.id = a.class_id"
                + " WHERE k.code = ? AND a.id = ?", ResultQueries::assignment, normal(code), assignmentId));
    }

    @Override
    public void start(String code, long assignmentId, long studentId, Instant at) {
        try {
            sql.tx(c -> {
                checkMember(c, code, assignmentId, studentId);
                if (Sql.one(c, "SELECT id FROM attempt WHERE assignment_id = ? AND student_id = ?", r -> r.getLong(1), assignmentId, studentId).isPresent()) return null;
                return Sql.update(c, "INSERT INTO attempt (assignment_id, student_id, started_at) VALUES (?, ?, ?)", assignmentId, studentId, at);
            });
        } catch (IllegalStateException e) {
            if (!isUniqueViolation(e)) throw e; // opened at the same moment on two devices: once is enough
        }
    }

    @Override
    public boolean finish(String code, long assignmentId, long studentId, QuizOutcome outcome, Instant at) {
        try {
            return sql.tx(c -> {
                checkMember(c, code, assignmentId, studentId);
                // The row is claimed by exactly one request: the UPDATE of an opened attempt, or the INSERT
                // that the unique (assignment_id, student_id) key lets through once.
                int claimed = Sql.update(c, "UPDATE attempt SET finished_at = ?, score_right = ?, score_total = ?"
                        + " WHERE assignment_id = ? AND student_id = ? AND finished_at IS NULL", at, outcome.right(), outcome.total(), assignmentId, studentId);
                if (claimed == 0) {
                    if (Sql.one(c, "SELECT id FROM attempt WHERE assignment_id = ? AND student_id = ?", r -> r.getLong(1), assignmentId, studentId).isPresent()) return false;
                    Sql.update(c, "INSERT INTO attempt (assignment_id, student_id, started_at, finished_at, score_right, score_total) VALUES (?, ?, ?, ?, ?, ?)",
                            assignmentId, studentId, at, at, outcome.right(), outcome.total());
                }
                long attemptId = Sql.one(c, "SELECT id FROM attempt WHERE assignment_id = ? AND student_id = ?", r -> r.getLong(1), assignmentId, studentId).orElseThrow();
                results.recordAnswers(c, attemptId, outcome);
                return true;
            });
        } catch (IllegalStateException e) {
            if (isUniqueViolation(e)) return false; // another request recorded it first
            throw e;
        }
    }

    @Override
    public List<Assignment> finishWork(String code, long studentId, Assignment.Kind kind, String target, Instant at) {
        if (kind == Assignment.Kind.QUIZ) throw ClassroomException.badInput("A quiz is graded: record it with its answers.");
        // Only what is still open for this student: a lesson's last step seen again costs one read, no write.
        List<Assignment> open = sql.tx(c -> Sql.list(c, "SELECT " + ResultQueries.ASSIGNMENT + " FROM assignment a"
                + " JOIN classroom k ON k.id = a.class_id WHERE k.code = ? AND a.kind = ? AND a.target = ? AND NOT EXISTS"
                + " (SELECT 1 FROM attempt t WHERE t.assignment_id = a.id AND t.student_id = ? AND t.finished_at IS NOT NULL) ORDER BY a.id",
                ResultQueries::assignment, normal(code), kind.word(), target, studentId));
        return open.stream().filter(a -> finish(code, a.id(), studentId, QuizOutcome.done(), at)).toList();
    }

    @Override
    public List<Progress> progress(String code) {
        return results.progress(code, Optional.empty());
    }

    @Override
    public List<Progress> progress(String code, long studentId) {
        return results.progress(code, Optional.of(studentId));
    }

    @Override
    public List<QuestionStats> questions(String code, Optional<Long> assignmentId) {
        return results.questions(code, assignmentId);
    }

    @Override
    public List<QuizOutcome.ObjectiveScore> objectives(String code) {
        return results.objectives(code);
    }

    @Override
    public void close() {
        pool.close();
    }

    static String normal(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    static Classroom classroom(Connection c, String code) throws SQLException {
        return Sql.one(c, "SELECT id, code, name, joining_open, created_at FROM classroom WHERE code = ?",
                r -> new Classroom(r.getLong("id"), r.getString("code"), r.getString("name"), r.getBoolean("joining_open"),
                        Sql.instant(r, "created_at")), normal(code)).orElseThrow(() -> ClassroomException.noSuchClass(normal(code)));
    }

    static Student student(ResultSet r) throws SQLException {
        return new Student(r.getLong("id"), r.getLong("class_id"), r.getString("name"), r.getString("pin_hash") != null, Sql.instant(r, "joined_at"));
    }

    /** Both in the class: one query, since it runs on every finished quiz. */
    private static void checkMember(Connection c, String code, long assignmentId, long studentId) throws SQLException {
        record Found(boolean assignment, boolean student) { }
        Found found = Sql.one(c, "SELECT (SELECT COUNT(*) FROM assignment a WHERE a.id = ? AND a.class_id = k.id),"
                        + " (SELECT COUNT(*) FROM student s WHERE s.id = ? AND s.class_id = k.id) FROM classroom k WHERE k.code = ?",
                r -> new Found(r.getLong(1) > 0, r.getLong(2) > 0), assignmentId, studentId, normal(code))
                .orElseThrow(() -> ClassroomException.noSuchClass(normal(code)));
        if (!found.assignment()) throw new ClassroomException(Reason.NOT_FOUND, "This class has no assignment " + assignmentId + ".");
        if (!found.student()) throw noStudent();
    }

    private static ClassroomException noStudent() {
        return new ClassroomException(Reason.NOT_FOUND, "That student is not in this class.");
    }

    private static String studentName(String name) {
        String cleaned = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (cleaned.isEmpty() || cleaned.length() > MAX_NAME || cleaned.chars().anyMatch(Character::isISOControl)) {
            throw ClassroomException.badInput("A name is 1 to " + MAX_NAME + " characters (no control characters).");
        }
        return cleaned;
    }

    private static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && Sql.UNIQUE_VIOLATION.equals(s.getSQLState())) return true;
        }
        return false;
    }
}
