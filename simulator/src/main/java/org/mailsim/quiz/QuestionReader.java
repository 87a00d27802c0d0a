package org.mailsim.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.mailsim.scenario.Difficulty;
import org.mailsim.scenario.Exam;
import org.mailsim.scenario.ExamObjective;
import org.mailsim.scenario.ObjectiveTitles;
import org.mailsim.scenario.ScenarioLoader;
import org.mailsim.yaml.Position;
import org.mailsim.yaml.YamlFields;
import org.mailsim.yaml.YamlNode;
import org.mailsim.yaml.YamlProblem;

/**
 * Reads one question mapping: the fields every question has, then its type's own
 * ({@link ChoiceParts}, {@link ConfigureParts}). Every problem is reported with its position; a
 * question with any problem gives no question. Checks that need the rest of the bank or the
 * scenarios (duplicate ids, scenario steps, excerpts) are {@link BankChecks}'.
 */
final class QuestionReader {
    private static final Map<String, QuestionType> TYPES = new TreeMap<>();
    private static final Map<String, Topic> TOPICS = new TreeMap<>();

    static {
        for (QuestionType t : QuestionType.values()) TYPES.put(t.word(), t);
        for (Topic t : Topic.values()) TOPICS.put(t.id(), t);
    }

    private QuestionReader() { }

    /**
     * The question, or empty when it has problems (added to {@code problems}).
     *
     * @param checks  checks against the scenarios: references, excerpts, the configure model answer
     */
    static Optional<Question> read(YamlNode node, int index, ScenarioChecks checks, List<YamlProblem> problems) {
        List<YamlProblem> mine = new ArrayList<>();
        String what = idOf(node).map(id -> "question " + id).orElse("question " + index);
        YamlFields f = new YamlFields(node, what, mine);
        String id = f.requiredText("id");
        if (!id.isEmpty() && !id.matches("[a-z0-9][a-z0-9-]*")) {
            f.problem(f.at("id"), "'id' should be lower-case letters, digits and hyphens, like ports-imap-143, not '" + id + "'");
        }
        Optional<QuestionType> type = required(f, "type", TYPES, what);
        Optional<Topic> topic = required(f, "topic", TOPICS, what);
        Optional<Difficulty> difficulty = required(f, "difficulty", Difficulty.words(), what);
        List<ExamObjective> objectives = ScenarioLoader.objectives(f, what, "the exam objectives it practises");
        checkCurrentObjectives(f);
        String stem = f.requiredText("stem").strip();
        Optional<ExamKey> examKey = f.node("exam_key").map(n -> examKey(n, mine));
        List<PortFact> ports = new ArrayList<>(PortFacts.read(f, "ports"));
        boolean beyondExam = f.bool("beyond_exam", false);
        Optional<Question> question = Optional.empty();
        if (type.isPresent()) {
            QuestionParts parts = new QuestionParts(f, what, type.get());
            f.rejectUnknownKeys();
            ports.addAll(parts.pairPorts());
            PortFacts.checkMentioned(parts.shownTexts(stem), ports, f.has("ports") ? f.at("ports") : f.position(), mine);
            checkExamKey(f, examKey, objectives);
            QuestionInfo info = new QuestionInfo(id, type.get(), topic.orElse(Topic.PORTS_AND_PROTOCOLS),
                    difficulty.orElse(Difficulty.BEGINNER), objectives, stem, parts.reference(), examKey, ports, beyondExam);
            if (mine.isEmpty()) {
                question = Optional.of(parts.build(info));
                againstScenarios(question.get(), f, checks);
            }
        } else if (f.has("type")) {
            // the type is misspelt: its own fields cannot be told from typos, so they are not reported
        } else {
            f.rejectUnknownKeys();
        }
        problems.addAll(mine);
        return mine.isEmpty() ? question : Optional.empty();
    }

    /** The checks that replay: only for a question that is otherwise well-formed. */
    private static void againstScenarios(Question question, YamlFields f, ScenarioChecks checks) {
        Reference ref = question.info().reference();
        if (ref.scenario().isPresent() && f.has("reference")) {
            checks.step(ref.scenario().get(), ref.step()).ifPresent(m -> f.problem(f.at("reference"), m));
        }
        if (question instanceof TranscriptQuestion t) {
            checks.excerpt(t.excerpt()).ifPresent(m -> f.problem(excerptLine(f, m.line()), m.message()));
        }
        if (question instanceof ConfigureTask c) {
            checks.modelAnswer(c).ifPresent(m -> f.problem(f.at("answer"), m));
        }
    }

    /** Where excerpt line {@code index} stands (the excerpt itself when there is no such line). */
    private static Position excerptLine(YamlFields f, int index) {
        if (f.node("excerpt").orElse(null) instanceof YamlNode.YamlMap excerpt && excerpt.entries().get("lines") != null
                && excerpt.entries().get("lines").value() instanceof YamlNode.YamlList lines && index >= 0 && index < lines.items().size()) {
            return lines.items().get(index).position();
        }
        return f.at("excerpt");
    }

    /** The id as written, to name the question in messages before it is checked. */
    private static Optional<String> idOf(YamlNode node) {
        if (node instanceof YamlNode.YamlMap m && m.entries().get("id") != null && m.entries().get("id").value() instanceof YamlNode.Scalar s
                && s.text() != null && !s.text().isBlank()) {
            return Optional.of(s.text().strip());
        }
        return Optional.empty();
    }

    private static <T> Optional<T> required(YamlFields f, String key, Map<String, T> words, String what) {
        if (!f.has(key)) {
            f.problem(f.position(), what + " needs '" + key + "': one of " + String.join(", ", new TreeMap<>(words).keySet()));
            return Optional.empty();
        }
        return f.choice(key, words);
    }

    /**
     * Questions map only to current exams, and only to objectives whose number and title are
     * known ({@link ObjectiveTitles}): a retired exam or an unknown number is reported where it stands.
     */
    private static void checkCurrentObjectives(YamlFields f) {
        List<YamlProblem> scratch = new ArrayList<>();
        for (YamlNode node : f.list("objectives")) {
            YamlFields o = new YamlFields(node, "an objective", scratch);
            Optional<Exam> exam = o.text("exam").map(e -> Exam.spellings().get(e.strip().toLowerCase(java.util.Locale.ROOT)));
            Optional<String> number = o.text("objective").map(String::strip);
            if (exam.isEmpty() || number.isEmpty() || !number.get().matches("\\d+\\.\\d+")) continue;
            if (!exam.get().current()) {
                f.problem(o.at("exam"), exam.get().code() + " is retired; map the question to a current exam (A+ 220-1201, A+ 220-1202, N10-009, SY0-701)");
            } else if (ObjectiveTitles.title(exam.get(), number.get()).isEmpty()) {
                f.problem(o.at("objective"), exam.get().code() + " objective " + number.get() + " is not one mailsim knows (known: "
                        + ObjectiveTitles.numbers(exam.get()) + "); add it with its published title to ObjectiveTitles first");
            }
        }
    }

    /** A question graded by an exam's key practises that exam. */
    private static void checkExamKey(YamlFields f, Optional<ExamKey> key, List<ExamObjective> objectives) {
        if (key.isPresent() && !objectives.isEmpty() && objectives.stream().noneMatch(o -> o.exam() == key.get().exam())) {
            f.problem(f.at("exam_key"), "'exam_key' names " + key.get().exam().code() + ", but none of the question's objectives is of that exam");
        }
    }

    private static ExamKey examKey(YamlNode node, List<YamlProblem> problems) {
        YamlFields f = new YamlFields(node, "'exam_key'", problems);
        Optional<Exam> exam = f.choice("exam", Exam.spellings());
        if (!f.has("exam")) f.problem(f.position(), "'exam_key' needs 'exam': the exam whose answer key grades this question");
        String facts = f.requiredText("rfc_facts");
        f.rejectUnknownKeys();
        return new ExamKey(exam.orElse(Exam.NETWORK_PLUS_N10_009), facts.strip());
    }
}
