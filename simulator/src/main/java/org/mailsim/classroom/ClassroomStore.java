package org.mailsim.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything a class keeps, in the classroom's words. Each method is one transaction. Codes are
 * matched without regard to case; an unknown code throws {@link ClassroomException} with
 * {@link ClassroomException.Reason#NO_SUCH_CLASS}.
 */
public interface ClassroomStore extends AutoCloseable {

    /** Makes a class with a new join code and instructor key (only the key's hash is kept). */
    NewClass create(String name);

    Optional<Classroom> find(String code);

    /** Whether {@code key} is this class's instructor key (a slow hash, compared in constant time). */
    boolean isInstructorKey(String code, String key);

    void setJoining(String code, boolean open);

    /** Adds a student; throws JOINING_CLOSED when joining is closed, NAME_TAKEN when the name is in use. */
    Joined join(String code, String name);

    /** The student a device token belongs to, in this class. */
    Optional<Student> student(String code, String token);

    /** Sets (or replaces) the PIN that lets a student continue on another device. */
    void setPin(String code, long studentId, String pin);

    /** A new device token for the student with this name and PIN, or empty when they do not match. */
    Optional<Joined> continueWith(String code, String name, String pin);

    /** Removes a student and everything they did. */
    void remove(String code, long studentId);

    List<Student> roster(String code);

    /** The student's own mail account; a student who joined before accounts existed gets a password now. */
    StudentMail mail(String code, long studentId);

    /** One class's students' mail accounts, by login. */
    List<StudentMail> mailAccounts(String code);

    /** Every student's mail account in the database, over all classes (what {@code serve} recreates at start-up). */
    List<StudentMail> mailAccounts();

    Assignment assign(String code, NewAssignment assignment);

    List<Assignment> assignments(String code);

    /** One assignment of the class. */
    Optional<Assignment> assignment(String code, long assignmentId);

    /** Notes that a student opened an assignment (the dashboard's "still working"); opening it again changes nothing. */
    void start(String code, long assignmentId, long studentId, Instant at);

    /**
     * Records a finished assignment once: true if this call recorded it, false if it had already
     * been recorded (a retried request), in which case nothing changes.
     */
    boolean finish(String code, long assignmentId, long studentId, QuizOutcome outcome, Instant at);

    /**
     * Records as done every assignment of the class that sets this lesson (a scenario id) or lab
     * exercise (its id) and that the student has not finished yet: what the player calls at a
     * scenario's last step and the lab when it grades an exercise done. Each is recorded once, as
     * {@link #finish} records; the answer is the assignments this call recorded (none when there
     * are none, or they were already done). Quizzes are graded, so {@code kind} is LESSON or LAB.
     */
    List<Assignment> finishWork(String code, long studentId, Assignment.Kind kind, String target, Instant at);

    /** Every student × assignment, students by name, assignments in the order they were set. */
    List<Progress> progress(String code);

    /** One student's own rows. */
    List<Progress> progress(String code, long studentId);

    /** Per question over every finished attempt (or one assignment's), most missed first. */
    List<QuestionStats> questions(String code, Optional<Long> assignmentId);

    /** Per objective over every finished attempt: the class's right of total. */
    List<QuizOutcome.ObjectiveScore> objectives(String code);

    @Override
    void close();
}
