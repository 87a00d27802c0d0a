package org.mailsim.web.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mailsim.classroom.Assignment;
import org.mailsim.classroom.ClassroomStore;
import org.mailsim.classroom.QuizGrading;
import org.mailsim.classroom.QuizOutcome;
import org.mailsim.classroom.Student;
import org.mailsim.quiz.Answer;
import org.mailsim.quiz.Question;
import org.mailsim.web.quiz.AnswerReader;
import org.mailsim.web.quiz.BadInput;
import org.mailsim.web.quiz.QuizBank;

/**
 * Records a student's finished work. A quiz is graded here, on the server, against the questions
 * the assignment fixed (whatever ids a page claims). A lesson or lab exercise is recorded when the
 * student finishes it ({@link WorkDone}), not when they say so; only their instructor may record
 * one by hand ({@link #markDone}), for work done where mailsim could not see it.
 */
final class Recording {
    private final Supplier<ClassroomStore> store;
    private final QuizBank bank;

    Recording(Supplier<ClassroomStore> store, QuizBank bank) {
        this.store = store;
        this.bank = bank;
    }

    record Recorded(boolean recorded, long assignmentId, int right, int total) { }

    Recorded finish(String code, Student student, long assignmentId, JsonNode answers) {
        Assignment a = assignment(code, assignmentId);
        if (a.kind() != Assignment.Kind.QUIZ) {
            throw new Refusal(400, "Assignment " + assignmentId + " is a " + a.kind().word() + ": it is recorded when you finish it"
                    + (a.kind() == Assignment.Kind.LESSON ? ", at the scenario's last step in the player." : ", when the lab ticks the exercise.")
                    + " Only your instructor can mark it done by hand.");
        }
        if (answers != null && !answers.isObject()) throw new Refusal(400, "\"answers\" must be an object from question id to answer.");
        List<Question> quiz = AssignedQuiz.questions(bank.bank(), a.target());
        Map<String, Answer> given = new HashMap<>();
        for (Question q : quiz) {
            if (answers == null || !answers.has(q.id())) continue;
            try {
                given.put(q.id(), AnswerReader.read(q, answers.get(q.id())));
            } catch (BadInput e) {
                throw new Refusal(400, e.getMessage());
            }
        }
        return record(code, student.id(), assignmentId, QuizGrading.outcome(quiz, given));
    }

    /** The instructor's override: a lesson or lab exercise recorded as done for one student (a quiz needs its answers). */
    Recorded markDone(String code, long studentId, long assignmentId) {
        Assignment a = assignment(code, assignmentId);
        if (a.kind() == Assignment.Kind.QUIZ) throw new Refusal(400, "Assignment " + assignmentId + " is a quiz: it is graded from the student's answers.");
        return record(code, studentId, assignmentId, QuizOutcome.done());
    }

    private Recorded record(String code, long studentId, long assignmentId, QuizOutcome outcome) {
        if (store.get().finish(code, assignmentId, studentId, outcome, Instant.now())) {
            return new Recorded(true, assignmentId, outcome.right(), outcome.total());
        }
        var row = store.get().progress(code, studentId).stream().filter(p -> p.assignment().id() == assignmentId).findFirst().orElseThrow();
        return new Recorded(false, assignmentId, row.right(), row.total());
    }

    Assignment assignment(String code, long id) {
        return store.get().assignment(code, id).orElseThrow(() -> new Refusal(404, "Class " + code + " has no assignment " + id + "."));
    }
}
