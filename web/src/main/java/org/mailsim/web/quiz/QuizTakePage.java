package org.mailsim.web.quiz;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.javalin.http.Context;
import org.mailsim.quiz.Question;
import org.mailsim.quiz.QuestionBank;
import org.mailsim.quiz.Quiz;
import org.mailsim.quiz.QuizComposer;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.ErrorPages;
import org.mailsim.web.Templates;
import org.mailsim.web.Version;

/**
 * {@code GET /quiz/take?…}: a quiz, composed by the engine from the address's choices and seed.
 * An address without a seed gets one and is redirected, so every quiz has an address that
 * reproduces it: a reload shows the same questions, and the page's script finds the answers saved
 * under that address. {@code /quiz/results} is the results page, filled in by its script.
 */
public final class QuizTakePage {
    private final Templates templates;
    private final ErrorPages errors;
    private final QuizBank bank;
    private final SecureRandom seeds = new SecureRandom();
    private final Function<Context, Optional<ClassLink>> classLink;
    private final ScenarioTitles titles;

    public QuizTakePage(Templates templates, ErrorPages errors, QuizBank bank, ScenarioLibrary scenarios) {
        this(templates, errors, bank, scenarios, ctx -> Optional.empty());
    }

    /**
     * @param scenarios  for the titles of the scenarios a quiz or an excerpt names
     * @param classLink  for a joined student taking an assigned quiz ({@code &assignment=N}), where to record it
     */
    public QuizTakePage(Templates templates, ErrorPages errors, QuizBank bank, ScenarioLibrary scenarios,
                        Function<Context, Optional<ClassLink>> classLink) {
        this.templates = templates;
        this.errors = errors;
        this.bank = bank;
        this.titles = new ScenarioTitles(scenarios);
        this.classLink = classLink;
    }

    /** @param review  the ids of the questions that are back because the learner missed them before */
    record TakeView(String key, String mode, int minutes, String title, String describe, List<QuestionView> questions, String version,
                    ClassLink link, java.util.Set<String> review) { }

    record ResultsView(String version) { }

    public void show(Context ctx) {
        QuizRequest request;
        try {
            request = QuizRequest.parse(ctx.queryParamMap());
        } catch (BadInput e) {
            errors.explained(ctx, new ErrorPages.ErrorView(400, "This quiz address has a mistake", e.getMessage(), "/quiz",
                    "Choose a quiz"));
            return;
        }
        if (request.seed().isEmpty()) {
            ctx.redirect(request.withSeed(seeds.nextLong(1, 1L << 53)).href()); // 2^53: the seed survives JavaScript's numbers
            return;
        }
        Optional<Quiz> quiz = compose(ctx, request);
        if (quiz.isEmpty()) return;
        List<QuestionView> questions = new ArrayList<>();
        var items = quiz.get().items();
        for (int i = 0; i < items.size(); i++) questions.add(QuestionView.of(items.get(i), i + 1, items.size(), titles));
        String title = (request.mode() == QuizRequest.Mode.EXAM ? "Exam" : "Study") + " quiz · " + questions.size()
                + (questions.size() == 1 ? " question" : " questions");
        ctx.html(templates.render("quiz/quiz-take", Map.of("view", new TakeView(request.href(), request.mode().word(), request.minutes(),
                title, request.describe(titles), questions, Version.current(), classLink.apply(ctx).orElse(null), request.review()))));
    }

    public void results(Context ctx) {
        ctx.html(templates.render("quiz/quiz-results", Map.of("view", new ResultsView(Version.current()))));
    }

    /** The quiz, or empty after a page that says why there is none. */
    private Optional<Quiz> compose(Context ctx, QuizRequest request) {
        QuestionBank questions = bank.bank();
        long seed = request.seed().orElseThrow();
        if (!request.ids().isEmpty()) {
            List<Question> named = new ArrayList<>();
            for (String id : request.ids()) {
                Optional<Question> q = questions.byId(id);
                if (q.isEmpty()) {
                    errors.explained(ctx, new ErrorPages.ErrorView(404, "No such question", "The bank has no question \"" + id
                            + "\". It may have been renamed or removed since this quiz was made.", "/quiz", "Choose a new quiz"));
                    return Optional.empty();
                }
                named.add(q.get());
            }
            return Optional.of(QuizComposer.of(named, seed));
        }
        Quiz quiz = QuizComposer.compose(questions, request.spec());
        if (quiz.items().isEmpty()) {
            errors.explained(ctx, new ErrorPages.ErrorView(404, "No questions match", "The bank has no question for "
                    + request.describe(titles) + ". Tick fewer objectives or topics, or choose any difficulty.",
                    "/quiz" + request.href().substring("/quiz/take".length()), "Change the choices"));
            return Optional.empty();
        }
        return Optional.of(quiz);
    }
}
