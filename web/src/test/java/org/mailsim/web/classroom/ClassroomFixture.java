package org.mailsim.web.classroom;

import io.javalin.Javalin;
import java.util.List;
import java.util.Optional;
import org.mailsim.classroom.ClassroomStore;
import org.mailsim.quiz.Option;
import org.mailsim.quiz.QuestionBank;
import org.mailsim.quiz.SingleChoice;
import org.mailsim.web.StandInServer;
import org.mailsim.web.WebApp;

/** The web app with a classroom store, on a free loopback port, and the built-in bank loaded once. */
final class ClassroomFixture {
    static final QuestionBank BANK = QuestionBank.load(Optional.empty());

    private ClassroomFixture() { }

    static Javalin start() {
        return WebApp.create(WebApp.Parts.of(() -> StandInServer.INFO).withBank(BANK)).start("127.0.0.1", 0);
    }

    static Javalin start(ClassroomStore store) {
        return WebApp.create(WebApp.Parts.of(() -> StandInServer.INFO).withBank(BANK).withClassroom(store)).start("127.0.0.1", 0);
    }

    static String base(Javalin app) {
        return "http://127.0.0.1:" + app.port();
    }

    /** The first two single-choice questions of the bank: a quiz whose answers the tests know. */
    static List<SingleChoice> twoQuestions() {
        return BANK.questions().stream().filter(q -> q instanceof SingleChoice).map(q -> (SingleChoice) q).limit(2).toList();
    }

    static int index(SingleChoice q, boolean correct) {
        List<Option> options = q.options();
        for (int i = 0; i < options.size(); i++) if (options.get(i).correct() == correct) return i;
        throw new AssertionError();
    }
}
