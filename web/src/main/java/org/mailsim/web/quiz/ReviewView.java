package org.mailsim.web.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.mailsim.web.rfc.Prose;
import org.mailsim.quiz.Answer;
import org.mailsim.quiz.ConfigureOutcome;
import org.mailsim.quiz.ConfigureTask;
import org.mailsim.quiz.Grade;
import org.mailsim.quiz.MailClientSettings;
import org.mailsim.quiz.Matching;
import org.mailsim.quiz.MultipleChoice;
import org.mailsim.quiz.Option;
import org.mailsim.quiz.OrderItem;
import org.mailsim.quiz.Ordering;
import org.mailsim.quiz.Pair;
import org.mailsim.quiz.Question;
import org.mailsim.quiz.QuestionInfo;
import org.mailsim.quiz.Reference;
import org.mailsim.quiz.SingleChoice;
import org.mailsim.quiz.TranscriptQuestion;

/**
 * A graded answer as the grading API returns it and {@code quiz-review.js} draws it: the verdict,
 * every option (or item, or pair) with why it is right or wrong and what the learner chose, the
 * exam key's RFC facts, the run of a configure task, and where to read or watch more. Fields a
 * question's type does not use are null, and left out of the JSON.
 *
 * @param answered  false when the learner gave no answer (the results of an exam)
 * @param feedback  the grader's own lines, plain text, for scripts that call the API
 * @param beyondExam "Beyond the exam: deeper than … asks" for a question deeper than its objectives, else null
 */
record ReviewView(String id, String type, String typeTitle, String stem, boolean answered, boolean correct, double partial,
                  List<OptionReview> options, QuestionView.ExcerptView excerpt, List<ItemReview> items, List<PairReview> pairs,
                  List<String> distractors, RunReview run, ExamKeyView examKey, Prose rfc, Link seeItHappen, List<String> feedback,
                  String beyondExam) {

    record OptionReview(String text, boolean correct, boolean picked, Prose why) { }

    /** An ordering item in its right place; {@code yourPosition} is where the learner put it (1-based, 0 for nowhere). */
    record ItemReview(String text, Prose why, int yourPosition) { }

    /** @param yours the right the learner chose, or null */
    record PairReview(String left, String right, String yours, boolean correct, Prose why) { }

    /**
     * @param lines  the exchange, the decisive line marked
     * @param model  settings that pass, and {@code why} they do
     */
    record RunReview(boolean passed, String explanation, List<QuizLine> lines, SettingsView model, Prose why) { }

    /** Settings in the words the API reads ({@code tls} for SSL/TLS). */
    record SettingsView(String incomingType, String incomingServer, int incomingPort, String incomingSecurity, boolean leaveOnServer,
                        String outgoingServer, int outgoingPort, String outgoingSecurity, boolean outgoingAuth) {
        static SettingsView of(MailClientSettings s) {
            return new SettingsView(s.incomingType(), s.incomingServer(), s.incomingPort(), MailClientSettings.word(s.incomingSecurity()),
                    s.leaveOnServer(), s.outgoingServer(), s.outgoingPort(), MailClientSettings.word(s.outgoingSecurity()), s.outgoingAuth());
        }
    }

    record ExamKeyView(String exam, Prose rfcFacts) { }

    record Link(String href, String label) { }

    /**
     * The review of {@code answer} (empty when unanswered) as {@code grade} graded it; {@code titles}
     * names a scenario for the "see it happen" link.
     */
    static ReviewView of(Question q, Optional<Answer> answer, Optional<Grade> grade, Function<String, String> titles) {
        QuestionInfo info = q.info();
        List<OptionReview> options = null;
        List<ItemReview> items = null;
        List<PairReview> pairs = null;
        List<String> distractors = null;
        QuestionView.ExcerptView excerpt = null;
        RunReview run = null;
        switch (q) {
            case SingleChoice s -> options = options(s.options(), answer);
            case MultipleChoice m -> options = options(m.options(), answer);
            case TranscriptQuestion t -> {
                options = options(t.options(), answer);
                excerpt = QuestionView.excerpt(t.excerpt(), titles::apply);
            }
            case Ordering o -> items = items(o.items(), answer);
            case Matching m -> {
                pairs = pairs(m.pairs(), answer);
                distractors = m.distractors();
            }
            case ConfigureTask c -> run = grade.flatMap(Grade::run).map(r -> run(r, c)).orElse(null);
        }
        Link see = seeItHappen(info.reference(), grade, titles);
        ExamKeyView key = info.examKey().map(k -> new ExamKeyView(k.exam().code(), Prose.of(k.rfcFacts().strip()))).orElse(null);
        return new ReviewView(q.id(), info.type().word(), info.type().title(), info.stem(), answer.isPresent(),
                grade.map(Grade::correct).orElse(false), grade.map(Grade::partial).orElse(0.0), options, excerpt, items, pairs,
                distractors, run, key, Prose.of(info.reference().rfc().orElse(null)), see, grade.map(Grade::feedback).orElse(List.of()),
                info.beyondExamLabel().orElse(null));
    }

    /**
     * Where to watch it: a configure task that failed links to the scenario about the mistake made
     * (wrong port, no TLS, no login…); anything else to the step its reference names.
     */
    private static Link seeItHappen(Reference reference, Optional<Grade> grade, Function<String, String> titles) {
        Optional<String> lesson = grade.flatMap(Grade::run).filter(r -> !r.passed()).flatMap(ConfigureOutcome::lesson);
        if (lesson.isPresent()) return new Link("/scenarios/" + lesson.get(), titles.apply(lesson.get()));
        return reference.playerPath().map(href -> new Link(href, titles.apply(reference.scenario().orElseThrow())
                + reference.step().map(n -> ", step " + n).orElse(""))).orElse(null);
    }

    private static List<OptionReview> options(List<Option> options, Optional<Answer> answer) {
        var picked = answer.filter(Answer.Choice.class::isInstance).map(a -> ((Answer.Choice) a).picked()).orElse(Set.of());
        List<OptionReview> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            out.add(new OptionReview(o.text(), o.correct(), picked.contains(i), Prose.of(o.why())));
        }
        return out;
    }

    private static List<ItemReview> items(List<OrderItem> items, Optional<Answer> answer) {
        List<Integer> order = answer.filter(Answer.Order.class::isInstance).map(a -> ((Answer.Order) a).itemIndexes()).orElse(List.of());
        List<ItemReview> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) out.add(new ItemReview(items.get(i).text(), Prose.of(items.get(i).why()), order.indexOf(i) + 1));
        return out;
    }

    private static List<PairReview> pairs(List<Pair> pairs, Optional<Answer> answer) {
        var chosen = answer.filter(Answer.Matches.class::isInstance).map(a -> ((Answer.Matches) a).rightFor()).orElse(Map.of());
        List<PairReview> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            String yours = chosen.get(i);
            out.add(new PairReview(p.left(), p.right(), yours, p.right().equals(yours), Prose.of(p.why())));
        }
        return out;
    }

    /**
     * The run's exchange with its decisive line marked. As in the player's endpoints' view, the
     * TLS records that only carried the lines shown are left out; the handshake stays.
     */
    private static RunReview run(ConfigureOutcome outcome, ConfigureTask task) {
        List<QuizLine> lines = new ArrayList<>();
        List<String> all = outcome.transcriptLines();
        for (int i = 0; i < all.size(); i++) {
            boolean decisive = i == outcome.decisiveIndex();
            QuizLine line = QuizLine.of(all.get(i), decisive);
            if (decisive || !line.text().startsWith("[TLS application data")) lines.add(line);
        }
        return new RunReview(outcome.passed(), outcome.explanation(), lines, SettingsView.of(task.modelAnswer()), Prose.of(task.why()));
    }
}
