package org.mailsim.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailsim.classroom.ClassroomException.Reason;
import org.mailsim.classroom.QuizOutcome.ObjectiveScore;
import org.mailsim.classroom.QuizOutcome.QuestionOutcome;

/**
 * The classroom store's behaviour, run as it is against each database the store supports: the
 * embedded H2 file ({@link H2ClassroomStoreTest}) and a real PostgreSQL ({@link PostgresClassroomStoreTest}).
 */
abstract class ClassroomStoreContract {
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    protected ClassroomStore store;
    protected String url;

    /** A JDBC address of a new, empty database. */
    protected abstract String newDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        url = newDatabase();
        store = ClassroomDatabase.open(url);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNewClassHasACodeAndAKeyOfWhichOnlyAHashIsStored() throws Exception {
        NewClass made = store.create("Net+ evening class");
        assertThat(made.classroom().code()).matches("[A-HJKMNP-Z2-9]{6}");
        assertThat(made.instructorKey()).matches("([A-HJKMNP-Z2-9]{4}-){4}[A-HJKMNP-Z2-9]{4}");
        assertThat(store.find(made.classroom().code().toLowerCase())).get().extracting(Classroom::name).isEqualTo("Net+ evening class");
        assertThat(store.isInstructorKey(made.classroom().code(), made.instructorKey())).isTrue();
        assertThat(store.isInstructorKey(made.classroom().code(), made.instructorKey())).as("second check, from the cache").isTrue();
        assertThat(store.isInstructorKey(made.classroom().code(), "AAAA-AAAA-AAAA-AAAA-AAAA")).isFalse();
        NewClass other = store.create("Another class");
        assertThat(store.isInstructorKey(other.classroom().code(), made.instructorKey())).as("one class's key opens no other").isFalse();
        try (var c = DriverManager.getConnection(url); var r = c.createStatement().executeQuery("SELECT key_hash FROM classroom")) {
            while (r.next()) assertThat(r.getString(1)).startsWith("pbkdf2-sha512$210000$").doesNotContain(made.instructorKey());
        }
    }

    @Test
    void studentsJoinWithANameThatIsTheirsInTheClass() {
        String code = store.create("A+").classroom().code();
        Joined ana = store.join(code, "  Ana   Lima ");
        assertThat(ana.student().name()).isEqualTo("Ana Lima");
        assertThat(store.student(code, ana.token())).get().extracting(Student::id).isEqualTo(ana.student().id());
        assertThat(store.student(code, "not-a-token")).isEmpty();
        assertThatThrownBy(() -> store.join(code, "ana lima")).isInstanceOfSatisfying(ClassroomException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NAME_TAKEN));
        assertThatThrownBy(() -> store.join(code, "")).isInstanceOfSatisfying(ClassroomException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.BAD_INPUT));
        assertThatThrownBy(() -> store.join("ZZZZZZ", "Bo")).isInstanceOfSatisfying(ClassroomException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NO_SUCH_CLASS));
        String otherCode = store.create("B").classroom().code();
        assertThat(store.student(otherCode, ana.token())).as("a token is for its own class").isEmpty();
        store.join(code, "<script>alert(1)</script>");
        assertThat(store.roster(code)).extracting(Student::name).containsExactly("<script>alert(1)</script>", "Ana Lima");
    }

    @Test
    void joiningCanBeClosedAndReopened() {
        String code = store.create("A+").classroom().code();
        store.setJoining(code, false);
        assertThatThrownBy(() -> store.join(code, "Late")).isInstanceOfSatisfying(ClassroomException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.JOINING_CLOSED));
        assertThat(store.find(code)).get().extracting(Classroom::joiningOpen).isEqualTo(false);
        store.setJoining(code, true);
        assertThat(store.join(code, "Late").student().name()).isEqualTo("Late");
    }

    @Test
    void aPinLetsAStudentContinueOnAnotherDevice() {
        String code = store.create("A+").classroom().code();
        Joined ana = store.join(code, "Ana");
        assertThat(store.continueWith(code, "Ana", "1234")).as("no PIN set yet").isEmpty();
        store.setPin(code, ana.student().id(), "1234");
        assertThat(store.roster(code).get(0).hasPin()).isTrue();
        assertThat(store.continueWith(code, "ana", "4321")).isEmpty();
        Joined phone = store.continueWith(code, "ana", "1234").orElseThrow();
        assertThat(phone.student().id()).isEqualTo(ana.student().id());
        assertThat(store.student(code, phone.token())).isPresent();
        assertThat(store.student(code, ana.token())).as("the first device still works").isPresent();
        assertThatThrownBy(() -> store.setPin(code, ana.student().id(), "12")).isInstanceOf(ClassroomException.class);
    }

    @Test
    void aRemovedStudentLosesTheirDevicesAndResults() {
        String code = store.create("A+").classroom().code();
        Joined ana = store.join(code, "Ana");
        Assignment quiz = store.assign(code, new NewAssignment(Assignment.Kind.QUIZ, "Ports", "ids=a,b&mode=study", Optional.empty()));
        store.finish(code, quiz.id(), ana.student().id(), outcome(true, false), T0);
        store.remove(code, ana.student().id());
        assertThat(store.student(code, ana.token())).isEmpty();
        assertThat(store.roster(code)).isEmpty();
        assertThat(store.questions(code, Optional.empty())).isEmpty();
        assertThatThrownBy(() -> store.remove(code, ana.student().id())).isInstanceOf(ClassroomException.class);
    }

    @Test
    void assignmentsKeepTheirOrderAndDueDate() {
        String code = store.create("A+").classroom().code();
        Instant due = T0.plus(7, ChronoUnit.DAYS);
        store.assign(code, new NewAssignment(Assignment.Kind.LESSON, "IMAP vs POP3", "imap-vs-pop3", Optional.of(due)));
        store.assign(code, new NewAssignment(Assignment.Kind.LAB, "Lab: log in", "imap-login", Optional.empty()));
        store.assign(code, new NewAssignment(Assignment.Kind.QUIZ, "Exam practice", "exam=N10-009&count=10&mode=exam&minutes=15&seed=7", Optional.empty()));
        List<Assignment> all = store.assignments(code);
        assertThat(all).extracting(Assignment::kind).containsExactly(Assignment.Kind.LESSON, Assignment.Kind.LAB, Assignment.Kind.QUIZ);
        assertThat(all.get(0).due()).contains(due);
        assertThat(all.get(1).due()).isEmpty();
        assertThat(all.get(2).target()).isEqualTo("exam=N10-009&count=10&mode=exam&minutes=15&seed=7");
        assertThat(store.assignment(code.toLowerCase(), all.get(1).id())).contains(all.get(1));
        String other = store.create("Other").classroom().code();
        assertThat(store.assignment(other, all.get(1).id())).as("an assignment of another class").isEmpty();
    }

    @Test
    void progressGoesFromNotStartedToWorkingToDoneAndIsRecordedOnce() {
        String code = store.create("A+").classroom().code();
        Joined ana = store.join(code, "Ana");
        Joined bo = store.join(code, "Bo");
        Assignment quiz = store.assign(code, new NewAssignment(Assignment.Kind.QUIZ, "Ports", "ids=a,b&mode=exam&minutes=3", Optional.empty()));
        assertThat(store.progress(code)).extracting(Progress::status).containsExactly(Progress.Status.NOT_STARTED, Progress.Status.NOT_STARTED);
        store.start(code, quiz.id(), ana.student().id(), T0);
        store.start(code, quiz.id(), ana.student().id(), T0.plusSeconds(30));
        assertThat(store.progress(code)).extracting(p -> p.student().name() + " " + p.status())
                .containsExactly("Ana WORKING", "Bo NOT_STARTED");
        assertThat(store.finish(code, quiz.id(), ana.student().id(), outcome(true, false), T0.plusSeconds(95))).isTrue();
        assertThat(store.finish(code, quiz.id(), ana.student().id(), outcome(true, true), T0.plusSeconds(99))).as("a retry").isFalse();
        Progress done = store.progress(code).get(0);
        assertThat(done.status()).isEqualTo(Progress.Status.DONE);
        assertThat(done.right()).isEqualTo(1);
        assertThat(done.total()).isEqualTo(2);
        assertThat(done.timeTaken()).contains(java.time.Duration.ofSeconds(95));
        assertThat(store.progress(code, bo.student().id())).singleElement().extracting(Progress::status).isEqualTo(Progress.Status.NOT_STARTED);
        assertThat(store.finish(code, quiz.id(), bo.student().id(), outcome(false, false), T0)).as("finished without opening").isTrue();
        assertThat(store.progress(code, bo.student().id()).get(0).timeTaken()).contains(java.time.Duration.ZERO);
    }

    @Test
    void manyRequestsFinishingTheSameQuizRecordItExactlyOnce() throws Exception {
        String code = store.create("A+").classroom().code();
        Joined ana = store.join(code, "Ana");
        Assignment quiz = store.assign(code, new NewAssignment(Assignment.Kind.QUIZ, "Ports", "ids=a,b", Optional.empty()));
        store.start(code, quiz.id(), ana.student().id(), T0);
        List<Callable<Boolean>> finishes = new ArrayList<>();
        for (int i = 0; i < 16; i++) finishes.add(() -> store.finish(code, quiz.id(), ana.student().id(), outcome(true, false), T0.plusSeconds(60)));
        try (var pool = Executors.newFixedThreadPool(8)) {
            int recorded = 0;
            for (Future<Boolean> f : pool.invokeAll(finishes)) if (f.get()) recorded++;
            assertThat(recorded).isEqualTo(1);
        }
        assertThat(store.questions(code, Optional.empty())).extracting(QuestionStats::answered).containsOnly(1);
    }

    @Test
    void theDashboardCountsMissesTheMostChosenWrongAnswerAndObjectives() {
        String code = store.create("A+").classroom().code();
        Assignment quiz = store.assign(code, new NewAssignment(Assignment.Kind.QUIZ, "Ports", "ids=a,b", Optional.empty()));
        String[] wrongPicks = {"110", "110", "25"};
        for (int i = 0; i < 3; i++) {
            long id = store.join(code, "S" + i).student().id();
            store.finish(code, quiz.id(), id, new QuizOutcome(1, 2, List.of(
                    new QuestionOutcome("ports-imaps", false, Optional.of(wrongPicks[i])),
                    new QuestionOutcome("ports-smtp", true, Optional.empty())),
                    List.of(new ObjectiveScore("N10-009 1.10", 0, 1), new ObjectiveScore("N10-009 1.5", 1, 1))), T0);
        }
        assertThat(store.questions(code, Optional.of(quiz.id()))).containsExactly(
                new QuestionStats("ports-imaps", 3, 3, Optional.of("110"), 2),
                new QuestionStats("ports-smtp", 3, 0, Optional.empty(), 0));
        assertThat(store.objectives(code)).containsExactly(
                new ObjectiveScore("N10-009 1.5", 3, 3), new ObjectiveScore("N10-009 1.10", 0, 3));
    }

    @Test
    void reachingALessonsEndOrDoingALabExerciseRecordsEachMatchingAssignmentOnce() {
        String code = store.create("A+").classroom().code();
        String other = store.create("N+").classroom().code();
        long ana = store.join(code, "Ana").student().id();
        long bo = store.join(code, "Bo").student().id();
        Assignment lesson = store.assign(code, new NewAssignment(Assignment.Kind.LESSON, "IMAP vs POP3", "imap-vs-pop3", Optional.empty()));
        Assignment again = store.assign(code, new NewAssignment(Assignment.Kind.LESSON, "Revise it", "imap-vs-pop3", Optional.empty()));
        Assignment lab = store.assign(code, new NewAssignment(Assignment.Kind.LAB, "Expunge", "imap-expunge", Optional.empty()));
        store.assign(code, new NewAssignment(Assignment.Kind.LESSON, "STARTTLS", "starttls", Optional.empty()));
        store.assign(other, new NewAssignment(Assignment.Kind.LESSON, "Same scenario, other class", "imap-vs-pop3", Optional.empty()));
        store.start(code, lesson.id(), ana, T0);

        assertThat(store.finishWork(code, ana, Assignment.Kind.LESSON, "imap-vs-pop3", T0.plusSeconds(240)))
                .extracting(Assignment::id).containsExactly(lesson.id(), again.id());
        assertThat(store.finishWork(code.toLowerCase(), ana, Assignment.Kind.LESSON, "imap-vs-pop3", T0.plusSeconds(300))).as("the last step seen again").isEmpty();
        assertThat(store.finishWork(code, ana, Assignment.Kind.LAB, "imap-vs-pop3", T0)).as("a lab exercise is not a lesson").isEmpty();
        assertThat(store.finishWork(code, ana, Assignment.Kind.LAB, "imap-expunge", T0.plusSeconds(400))).extracting(Assignment::id).containsExactly(lab.id());
        assertThat(store.finishWork(code, ana, Assignment.Kind.LAB, "imap-expunge", T0.plusSeconds(500))).isEmpty();
        assertThat(store.finishWork(code, ana, Assignment.Kind.LAB, "not-assigned", T0)).isEmpty();

        List<Progress> anas = store.progress(code, ana);
        assertThat(anas).extracting(p -> p.assignment().title() + " " + p.status())
                .containsExactly("IMAP vs POP3 DONE", "Revise it DONE", "Expunge DONE", "STARTTLS NOT_STARTED");
        assertThat(anas.get(0).timeTaken()).as("from opening to the last step, the first time").contains(java.time.Duration.ofSeconds(240));
        assertThat(anas.get(2).finished()).contains(T0.plusSeconds(400));
        assertThat(store.progress(code, bo)).extracting(Progress::status).containsOnly(Progress.Status.NOT_STARTED);
        assertThatThrownBy(() -> store.finishWork(code, ana, Assignment.Kind.QUIZ, "ids=a", T0)).isInstanceOf(ClassroomException.class);
        try (var c = DriverManager.getConnection(url); var r = c.createStatement().executeQuery("SELECT COUNT(*) FROM attempt")) {
            r.next();
            assertThat(r.getInt(1)).as("one row per student and assignment").isEqualTo(3);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void manyRequestsFinishingTheSameLessonRecordItExactlyOnce() throws Exception {
        String code = store.create("A+").classroom().code();
        long ana = store.join(code, "Ana").student().id();
        store.assign(code, new NewAssignment(Assignment.Kind.LESSON, "IMAP vs POP3", "imap-vs-pop3", Optional.empty()));
        List<Callable<Integer>> views = new ArrayList<>();
        for (int i = 0; i < 16; i++) views.add(() -> store.finishWork(code, ana, Assignment.Kind.LESSON, "imap-vs-pop3", T0).size());
        try (var pool = Executors.newFixedThreadPool(8)) {
            int recorded = 0;
            for (Future<Integer> f : pool.invokeAll(views)) recorded += f.get();
            assertThat(recorded).isEqualTo(1);
        }
    }

    @Test
    void aStudentCannotRecordWorkInAnotherClass() {
        String a = store.create("A").classroom().code();
        String b = store.create("B").classroom().code();
        long ana = store.join(a, "Ana").student().id();
        Assignment inB = store.assign(b, new NewAssignment(Assignment.Kind.LESSON, "L", "x", Optional.empty()));
        assertThatThrownBy(() -> store.finish(a, inB.id(), ana, QuizOutcome.done(), T0)).isInstanceOfSatisfying(ClassroomException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
        assertThatThrownBy(() -> store.finish(b, inB.id(), ana, QuizOutcome.done(), T0)).isInstanceOf(ClassroomException.class);
    }

    @Test
    void reopeningTheDatabaseKeepsEverything() {
        NewClass made = store.create("A+");
        String code = made.classroom().code();
        Joined ana = store.join(code, "Ana");
        Assignment quiz = store.assign(code, new NewAssignment(Assignment.Kind.QUIZ, "Ports", "ids=a,b", Optional.empty()));
        store.finish(code, quiz.id(), ana.student().id(), outcome(true, true), T0);
        store.close();
        store = ClassroomDatabase.open(url);
        assertThat(store.isInstructorKey(code, made.instructorKey())).isTrue();
        assertThat(store.student(code, ana.token())).isPresent();
        assertThat(store.progress(code)).singleElement().extracting(Progress::right).isEqualTo(2);
    }

    @Test
    void eachStudentHasAMailAccountOfTheirOwnThatSurvivesReopeningAndStudentsFromBeforeGetOneOnFirstUse() throws Exception {
        String code = store.create("A+").classroom().code();
        String other = store.create("N+").classroom().code();
        Joined ana = store.join(code, "Ana");
        Joined ben = store.join(code, "Ben");
        Joined cy = store.join(other, "Cy");
        StudentMail anaMail = store.mail(code, ana.student().id());
        assertThat(anaMail.login()).isEqualTo(code.toLowerCase() + "-" + ana.student().id());
        assertThat(StudentMail.isStudentLogin(anaMail.login())).isTrue();
        assertThat(anaMail.password()).matches("[a-z]+-[a-z]+-\\d{2}");
        assertThat(store.mail(code, ben.student().id()).login()).isNotEqualTo(anaMail.login());
        assertThat(store.mailAccounts(code)).extracting(StudentMail::studentId).containsExactly(ana.student().id(), ben.student().id());
        assertThat(store.mailAccounts()).hasSize(3);
        assertThatThrownBy(() -> store.mail(code, cy.student().id())).as("another class's student")
                .isInstanceOfSatisfying(ClassroomException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
        try (var c = DriverManager.getConnection(url)) { // as a student who joined before V3 added the column
            c.createStatement().executeUpdate("UPDATE student SET mail_password = NULL WHERE id = " + ben.student().id());
        }
        assertThat(store.mailAccounts(code)).extracting(StudentMail::studentId).containsExactly(ana.student().id());
        String benPassword = store.mail(code, ben.student().id()).password();
        assertThat(benPassword).isNotBlank();
        store.close();
        store = ClassroomDatabase.open(url);
        assertThat(store.mail(code, ana.student().id())).isEqualTo(anaMail);
        assertThat(store.mail(code, ben.student().id()).password()).isEqualTo(benPassword);
        assertThat(store.mailAccounts()).contains(anaMail);
    }

    private static QuizOutcome outcome(boolean first, boolean second) {
        return new QuizOutcome((first ? 1 : 0) + (second ? 1 : 0), 2, List.of(
                new QuestionOutcome("a", first, first ? Optional.empty() : Optional.of("wrong a")),
                new QuestionOutcome("b", second, second ? Optional.empty() : Optional.of("wrong b"))),
                List.of(new ObjectiveScore("N10-009 1.5", (first ? 1 : 0) + (second ? 1 : 0), 2)));
    }
}
