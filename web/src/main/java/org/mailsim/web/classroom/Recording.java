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
 * the assignment fixed (whatever ids a page claims); a lesson or lab exercise is simply done.
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
        QuizOutcome outcome = QuizOutcome.done();
        if (a.kind() == Assignment.Kind.QUIZ) {
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
            outcome = QuizGrading.outcome(quiz, given);
        }
        boolean recorded = store.get().finish(code, assignmentId, student.id(), outcome, Instant.now());
        if (!recorded) {
            var row = store.get().progress(code, student.id()).stream().filter(p -> p.assignment().id() == assignmentId).findFirst().orElseThrow();
            return new Recorded(false, assignmentId, row.right(), row.total());
        }
        return new Recorded(true, assignmentId, outcome.right(), outcome.total());
    }

    Assignment assignment(String code, long id) {
        return store.get().assignment(code, id).orElseThrow(() -> new Refusal(404, "Class " + code + " has no assignment " + id + "."));
    }
}
