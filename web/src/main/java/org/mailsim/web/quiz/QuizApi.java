package org.mailsim.web.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.mailsim.quiz.Answer;
import org.mailsim.quiz.Breakdown;
import org.mailsim.quiz.Grade;
import org.mailsim.quiz.Grader;
import org.mailsim.quiz.Question;
import org.mailsim.quiz.QuestionBank;
import org.mailsim.quiz.QuizItem;
import org.mailsim.quiz.QuizResult;
import org.mailsim.quiz.ScaledScore;
import org.mailsim.quiz.Topic;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.scenario.Exam;
import org.mailsim.scenario.ObjectiveTitles;

/**
 * The grading API. The browser sends answers; the engine's {@link Grader} decides, so the page
 * never holds the answer key and never tells the server what is right.
 * <ul>
 *   <li>{@code POST /api/quiz/grade} {@code {"id": "ports-imap-143", "answer": {"picked": [0]}}} →
 *       {@code {"id", "correct", "partial", "review": {…}}} (study mode, one answer)</li>
 *   <li>{@code POST /api/quiz/results} {@code {"ids": [...], "answers": {"id": answer}}} → the score,
 *       the breakdown per objective and per topic, every question's review, and the ids missed
 *       (unanswered questions count as missed)</li>
 * </ul>
 * Anything that cannot be graded (not JSON, an unknown id, an answer of the wrong shape) gets 400
 * and {@code {"error": "…"}} saying what was wrong.
 */
public final class QuizApi {
    /** Nulls (what a question's type does not use, an empty match) are left out. */
    private static final ObjectMapper JSON = new ObjectMapper().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    private final QuizBank bank;
    private final ScenarioLibrary scenarios;

    public QuizApi(QuizBank bank, ScenarioLibrary scenarios) {
        this.bank = bank;
        this.scenarios = scenarios;
    }

    /** A scenario's title for "see it happen" links and excerpt captions; its id if it is not in the catalog. */
    private String title(String id) {
        return new ScenarioTitles(scenarios).apply(id);
    }

    record GradeResponse(String id, boolean correct, double partial, ReviewView review) { }

    record Row(String key, String label, int right, int total) { }

    record Graded(int number, String id, boolean correct, ReviewView review) { }

    /**
     * @param scaled  the estimate on the chosen exam's 100–900 scale, when the quiz was for one exam; null otherwise
     */
    record ResultsResponse(int right, int total, int percent, double partial, List<Row> byObjective, List<Row> byTopic,
                           List<Graded> questions, List<String> missed, Scaled scaled) { }

    /** An estimated scaled score, always with the words that say it is an estimate. */
    record Scaled(int score, int passing, String exam, boolean atOrAbovePassing, String words) {
        static Scaled of(ScaledScore s) {
            return new Scaled(s.score(), s.passing(), s.exam().code(), s.atOrAbovePassing(), s.words());
        }
    }

    record Problem(String error) { }

    public void grade(Context ctx) {
        respond(ctx, () -> {
            JsonNode body = body(ctx);
            Question q = question(bank.bank(), text(body, "id"));
            Answer answer = AnswerReader.read(q, body.get("answer"));
            Grade grade = Grader.grade(q, answer);
            return new GradeResponse(q.id(), grade.correct(), grade.partial(), ReviewView.of(q, Optional.of(answer), Optional.of(grade), this::title));
        });
    }

    public void results(Context ctx) {
        respond(ctx, () -> {
            JsonNode body = body(ctx);
            QuestionBank questions = bank.bank();
            JsonNode ids = body.get("ids");
            if (ids == null || !ids.isArray() || ids.isEmpty()) throw new BadInput("The request needs \"ids\": the quiz's question ids, in order.");
            JsonNode answers = body.has("answers") ? body.get("answers") : JSON.createObjectNode();
            if (!answers.isObject()) throw new BadInput("\"answers\" must be an object from question id to answer.");
            List<Question> quiz = new ArrayList<>();
            for (JsonNode id : ids) {
                Question q = question(questions, id.isTextual() ? id.asText() : id.toString());
                if (quiz.contains(q)) throw new BadInput("\"ids\" names " + q.id() + " twice; a quiz asks each question once.");
                quiz.add(q);
            }
            for (var entry : answers.properties()) {
                if (quiz.stream().noneMatch(q -> q.id().equals(entry.getKey()))) {
                    throw new BadInput("\"answers\" has an answer to " + entry.getKey() + ", which is not in \"ids\".");
                }
            }
            Map<String, Answer> given = new HashMap<>();
            Map<String, Grade> grades = new HashMap<>();
            for (Question q : quiz) {
                if (!answers.has(q.id())) continue;
                Answer answer = AnswerReader.read(q, answers.get(q.id()));
                given.put(q.id(), answer);
                grades.put(q.id(), Grader.grade(q, answer));
            }
            // The order choices were shown in plays no part in a result.
            List<QuizItem> items = quiz.stream().map(q -> new QuizItem(q, List.of())).toList();
            return response(QuizResult.of(items, grades), quiz, given, grades, exam(body));
        });
    }

    /** The exam the quiz was composed for ({@code "exam": "N10-009"}), if the request names one. */
    private static Optional<Exam> exam(JsonNode body) {
        JsonNode exam = body.get("exam");
        if (exam == null || exam.isNull() || exam.asText().isBlank() || exam.asText().equalsIgnoreCase("any")) return Optional.empty();
        Exam found = Exam.spellings().get(exam.asText().strip().toLowerCase(java.util.Locale.ROOT));
        if (found == null) throw new BadInput("There is no exam \"" + exam.asText() + "\". Choose A+ 220-1201, N10-009, SY0-701, or none.");
        return Optional.of(found);
    }

    private ResultsResponse response(QuizResult result, List<Question> quiz, Map<String, Answer> given, Map<String, Grade> grades,
                                            Optional<Exam> exam) {
        List<Graded> graded = new ArrayList<>();
        for (int i = 0; i < quiz.size(); i++) {
            Question q = quiz.get(i);
            Optional<Grade> grade = Optional.ofNullable(grades.get(q.id()));
            graded.add(new Graded(i + 1, q.id(), grade.map(Grade::correct).orElse(false),
                    ReviewView.of(q, Optional.ofNullable(given.get(q.id())), grade, this::title)));
        }
        List<String> missed = result.wrong().stream().map(w -> w.item().question().id()).toList();
        int percent = (int) Math.round(100.0 * result.right() / result.total());
        return new ResultsResponse(result.right(), result.total(), percent, result.partial(),
                result.byObjective().stream().map(b -> new Row(b.key(), ObjectiveTitles.label(b.key()), b.right(), b.total())).toList(),
                result.byTopic().stream().map(QuizApi::topicRow).toList(), graded, missed,
                exam.flatMap(e -> ScaledScore.estimate(e, result.right(), result.total())).map(Scaled::of).orElse(null));
    }

    private static Row topicRow(Breakdown b) {
        return new Row(b.key(), Topic.byId(b.key()).map(Topic::title).orElse(b.key()), b.right(), b.total());
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode body = JSON.readTree(ctx.body());
            if (body == null || !body.isObject()) throw new BadInput("The request body must be a JSON object.");
            return body;
        } catch (JacksonException e) {
            throw new BadInput("The request body is not JSON: " + e.getOriginalMessage() + ".");
        }
    }

    private static String text(JsonNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || !node.isTextual()) throw new BadInput("The request needs \"" + name + "\": the question's id.");
        return node.asText();
    }

    private static Question question(QuestionBank questions, String id) {
        return questions.byId(id).orElseThrow(() -> new BadInput("There is no question \"" + id + "\" in the bank."));
    }

    /** Runs {@code work} and writes its JSON, or 400 with the problem. */
    private static void respond(Context ctx, Supplier<Object> work) {
        Object out;
        try {
            out = work.get();
        } catch (BadInput e) {
            ctx.status(400);
            out = new Problem(e.getMessage());
        }
        try {
            ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(out));
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write the response as JSON", e);
        }
    }
}
