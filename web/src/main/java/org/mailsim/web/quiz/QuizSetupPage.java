package org.mailsim.web.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.javalin.http.Context;
import org.mailsim.quiz.Question;
import org.mailsim.quiz.QuestionBank;
import org.mailsim.quiz.Topic;
import org.mailsim.scenario.Difficulty;
import org.mailsim.scenario.Exam;
import org.mailsim.scenario.ExamObjective;
import org.mailsim.scenario.ObjectiveTitles;
import org.mailsim.web.Templates;
import org.mailsim.web.Version;

/**
 * {@code GET /quiz}: choose a quiz (exam, objectives, topics, difficulty, count, study or exam
 * mode), with how many questions the bank holds for each choice; the learner's attempts (kept in
 * the browser) and question files that failed to load. The form's choices come back pre-filled
 * from the query, so "change the filters" links keep what the learner chose.
 */
public final class QuizSetupPage {
    private final Templates templates;
    private final QuizBank bank;

    public QuizSetupPage(Templates templates, QuizBank bank) {
        this.templates = templates;
        this.bank = bank;
    }

    record ExamChoice(String value, String label, int questions, boolean checked) { }

    record ObjectiveGroup(String exam, String title, boolean enabled, List<ObjectiveChoice> objectives) { }

    /** @param title the objective's published title ({@link ObjectiveTitles}), empty when not listed */
    record ObjectiveChoice(String number, String title, int questions, boolean checked) { }

    record TopicChoice(String id, String title, int questions, boolean checked) { }

    record DifficultyChoice(String value, String label, boolean checked) { }

    record SetupView(int bankSize, List<ExamChoice> exams, List<ObjectiveGroup> objectiveGroups, List<TopicChoice> topics,
                     List<DifficultyChoice> difficulties, int count, int maxCount, boolean exam, int minutes, int maxMinutes,
                     List<String> failures, boolean keptLastGood, String version) { }

    public void show(Context ctx) {
        QuizRequest chosen = prefill(ctx);
        QuestionBank questions = bank.bank();
        List<Question> all = questions.questions();
        List<ExamChoice> exams = new ArrayList<>();
        exams.add(new ExamChoice("", "Any exam", all.size(), chosen.exam().isEmpty()));
        List<ObjectiveGroup> groups = new ArrayList<>();
        for (Exam exam : Exam.values()) {
            Map<String, Integer> byObjective = new TreeMap<>(QuizSetupPage::byNumber);
            int count = 0;
            for (Question q : all) {
                List<ExamObjective> mine = q.info().objectives().stream().filter(o -> o.exam() == exam).toList();
                if (!mine.isEmpty()) count++;
                mine.stream().map(ExamObjective::objective).distinct().forEach(o -> byObjective.merge(o, 1, Integer::sum));
            }
            if (count == 0 || !exam.current()) continue;
            boolean picked = chosen.exam().equals(Optional.of(exam));
            exams.add(new ExamChoice(exam.code(), exam.title(), count, picked));
            groups.add(new ObjectiveGroup(exam.code(), exam.title(), picked, byObjective.entrySet().stream()
                    .map(e -> new ObjectiveChoice(e.getKey(), ObjectiveTitles.title(exam, e.getKey()).orElse(""), e.getValue(),
                            picked && chosen.objectives().contains(e.getKey()))).toList()));
        }
        List<TopicChoice> topics = Arrays.stream(Topic.values())
                .map(t -> new TopicChoice(t.id(), t.title(), (int) all.stream().filter(q -> q.info().topic() == t).count(),
                        chosen.topics().contains(t.id())))
                .filter(t -> t.questions() > 0).toList();
        List<DifficultyChoice> difficulties = new ArrayList<>();
        difficulties.add(new DifficultyChoice("", "any", chosen.difficulty().isEmpty()));
        for (Difficulty d : Difficulty.values()) {
            String word = d.name().toLowerCase(Locale.ROOT);
            difficulties.add(new DifficultyChoice(word, word, chosen.difficulty().equals(Optional.of(d))));
        }
        boolean exam = chosen.mode() == QuizRequest.Mode.EXAM;
        SetupView view = new SetupView(all.size(), exams, groups, topics, difficulties, chosen.count(), QuizRequest.MAX_COUNT, exam,
                exam ? chosen.minutes() : QuizRequest.defaultMinutes(chosen.count()), QuizRequest.MAX_MINUTES,
                bank.problems(), bank.keptLastGood(), Version.current());
        ctx.html(templates.render("quiz/quiz", Map.of("view", view)));
    }

    /** The choices in the query, or the defaults where the query has none or they cannot be read. */
    private static QuizRequest prefill(Context ctx) {
        try {
            return QuizRequest.parse(ctx.queryParamMap());
        } catch (BadInput e) {
            return QuizRequest.parse(Map.of());
        }
    }

    /** "1.10" after "1.9": objective numbers compared part by part. */
    private static int byNumber(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        int major = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
        return major != 0 ? major : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
    }
}
