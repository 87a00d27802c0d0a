package org.mailsim.web.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.mailsim.quiz.ConfigureTask;
import org.mailsim.quiz.Excerpt;
import org.mailsim.quiz.Matching;
import org.mailsim.quiz.MultipleChoice;
import org.mailsim.quiz.Option;
import org.mailsim.quiz.Ordering;
import org.mailsim.quiz.Pair;
import org.mailsim.quiz.Question;
import org.mailsim.quiz.QuizItem;
import org.mailsim.quiz.SingleChoice;
import org.mailsim.quiz.TranscriptQuestion;

/**
 * One question as the quiz page draws it, in the order the quiz presents its choices. It holds
 * nothing that tells the answer: which option is right, and every {@code why}, stay on the server
 * until the answer is graded. Lists a type does not use are empty.
 *
 * @param anchor        the form's id, {@code q3}
 * @param type          the file's word for the type: {@code single}, {@code ordering} …
 * @param options       single, multiple and transcript: options in presented order
 * @param items         ordering: items in the (shuffled) order first shown
 * @param lefts         matching: the left-hand items, in file order
 * @param rights        matching: every right-hand choice, in presented order
 * @param excerpt       transcript: the quoted exchange; otherwise null
 * @param situation     configure: the situation to set the mail app up for; otherwise null
 * @param choose        a question with several answers: how many to pick ("Choose 3"); 0 otherwise
 * @param beyondExam    "Beyond the exam: deeper than … asks" when the question goes deeper than its
 *                      objectives; otherwise null
 */
record QuestionView(int number, int total, String anchor, String id, String type, String typeTitle, List<Segment> stem,
                    String instructions, boolean multiple, int choose, List<Choice> options, List<Choice> items, List<Choice> lefts,
                    List<String> rights, ExcerptView excerpt, SituationView situation, String beyondExam) {

    /** A run of text, {@code code} when the file wrote it in backticks. */
    record Segment(String text, boolean code) {
        static List<Segment> of(String text) {
            List<Segment> out = new ArrayList<>();
            String[] parts = text.split("`", -1);
            for (int i = 0; i < parts.length; i++) if (!parts[i].isEmpty()) out.add(new Segment(parts[i], i % 2 == 1));
            return out;
        }
    }

    /**
     * An option, ordering item or matching left. {@code index} is its place in the question's own
     * list (what answers name); {@code key} the number shown and typed (1–9).
     */
    record Choice(int index, int key, List<Segment> text, String plain) {
        static Choice of(int index, int key, String text) {
            return new Choice(index, key, Segment.of(text), text.replace("`", ""));
        }
    }

    record ExcerptView(String caption, List<QuizLine> lines) { }

    record SituationView(String server, String devices, boolean requireEncryption, boolean keepInSync, boolean send) { }

    /** @param titles  a scenario's title by its id, for the excerpt's caption */
    static QuestionView of(QuizItem item, int number, int total, UnaryOperator<String> titles) {
        Question q = item.question();
        List<Choice> options = List.of(), items = List.of(), lefts = List.of();
        List<String> rights = List.of();
        ExcerptView excerpt = null;
        SituationView situation = null;
        boolean multiple = false;
        int choose = 0;
        String instructions;
        switch (q) {
            case SingleChoice s -> {
                options = presented(item, s.options());
                instructions = "Choose one" + keys(options.size());
            }
            case MultipleChoice m -> {
                options = presented(item, m.options());
                multiple = true;
                choose = (int) m.correctCount();
                instructions = "Choose " + choose + keys(options.size());
            }
            case TranscriptQuestion t -> {
                options = presented(item, t.options());
                multiple = t.multiple();
                choose = multiple ? (int) t.options().stream().filter(Option::correct).count() : 0;
                excerpt = excerpt(t.excerpt(), titles);
                instructions = (multiple ? "Choose " + choose : "Choose one") + keys(options.size());
            }
            case Ordering o -> {
                List<Choice> shown = new ArrayList<>();
                for (int i : item.order()) shown.add(Choice.of(i, shown.size() + 1, o.items().get(i).text()));
                items = shown;
                instructions = "Put them in order, first at the top: move an item with its Up and Down buttons"
                        + " (or ↑ and ↓ when a button has focus).";
            }
            case Matching m -> {
                List<Choice> shown = new ArrayList<>();
                for (Pair p : m.pairs()) shown.add(Choice.of(shown.size(), shown.size() + 1, p.left()));
                lefts = shown;
                List<String> all = m.rights();
                rights = item.order().stream().map(all::get).toList();
                instructions = "Choose the match for each item" + (m.distractors().isEmpty() ? "." : "; some choices match nothing.");
            }
            case ConfigureTask c -> {
                situation = new SituationView(c.situation().server(), String.join(", ", c.situation().devices()),
                        c.situation().requireEncryption(), c.situation().keepInSync(), c.situation().send());
                instructions = "Fill in the account settings as you would in the mail app. Grading runs them on the simulator.";
            }
        }
        return new QuestionView(number, total, "q" + number, q.id(), q.info().type().word(), q.info().type().title(),
                Segment.of(q.info().stem()), instructions, multiple, choose, options, items, lefts, rights, excerpt, situation,
                q.info().beyondExamLabel().orElse(null));
    }

    /** What the excerpt is, in words: "From the replay of “Delete vs. expunge (IMAP)”, step 4 (phone)". */
    static ExcerptView excerpt(Excerpt e, UnaryOperator<String> titles) {
        String caption = "From the replay of “" + titles.apply(e.scenario()) + "”, step " + e.step() + e.device().map(d -> " (" + d + ")").orElse("");
        return new ExcerptView(caption, e.lines().stream().map(l -> QuizLine.of(l, false)).toList());
    }

    private static List<Choice> presented(QuizItem item, List<Option> options) {
        List<Choice> shown = new ArrayList<>();
        for (int i : item.order()) shown.add(Choice.of(i, shown.size() + 1, options.get(i).text()));
        return shown;
    }

    private static String keys(int n) {
        return n <= 9 ? ". Keys 1 to " + n + " pick an option." : ".";
    }
}
