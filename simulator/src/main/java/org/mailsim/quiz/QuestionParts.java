package org.mailsim.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mailsim.yaml.YamlFields;
import org.mailsim.yaml.YamlNode;

/**
 * Reads the fields that depend on a question's type (options, items, pairs, excerpt, situation)
 * and its reference, checking the counts the format allows, then builds the question once the
 * common {@link QuestionInfo} is known.
 */
final class QuestionParts {
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 6;
    static final int MIN_ITEMS = 3;
    static final int MAX_ITEMS = 8;

    private final YamlFields f;
    private final String what;
    private final QuestionType type;
    private List<Option> options = List.of();
    private boolean multiple;
    private List<OrderItem> items = List.of();
    private List<Pair> pairs = List.of();
    private List<String> distractors = List.of();
    private final List<PortFact> pairPorts = new ArrayList<>();
    private Excerpt excerpt;
    private ConfigureParts configure;
    private Reference reference;

    QuestionParts(YamlFields f, String what, QuestionType type) {
        this.f = f;
        this.what = what;
        this.type = type;
        switch (type) {
            case SINGLE -> options = options(false);
            case MULTIPLE -> options = options(true);
            case TRANSCRIPT -> {
                excerpt = ExcerptReader.read(f, what);
                multiple = f.bool("multiple", false);
                options = options(multiple);
            }
            case ORDERING -> items = items();
            case MATCHING -> pairs();
            case CONFIGURE -> configure = ConfigureParts.read(f, what);
        }
        reference = readReference();
    }

    /** Port facts carried by matching pairs, checked like {@code ports}. */
    List<PortFact> pairPorts() {
        return pairPorts;
    }

    Reference reference() {
        return reference;
    }

    Question build(QuestionInfo info) {
        return switch (type) {
            case SINGLE -> new SingleChoice(info, options);
            case MULTIPLE -> new MultipleChoice(info, options);
            case TRANSCRIPT -> new TranscriptQuestion(info, excerpt, options, multiple);
            case ORDERING -> new Ordering(info, items);
            case MATCHING -> new Matching(info, pairs, distractors);
            case CONFIGURE -> new ConfigureTask(info, configure.situation(), configure.answer(), configure.why());
        };
    }

    /** Every text a learner reads before answering, for the port-mention rule. */
    List<String> shownTexts(String stem) {
        List<String> texts = new ArrayList<>(List.of(stem));
        options.forEach(o -> texts.add(o.text()));
        items.forEach(i -> texts.add(i.text()));
        pairs.forEach(p -> texts.addAll(List.of(p.left(), p.right())));
        texts.addAll(distractors);
        return texts;
    }

    private List<Option> options(boolean several) {
        List<Option> read = new ArrayList<>();
        List<YamlNode> nodes = f.list("options");
        for (YamlNode node : nodes) {
            YamlFields o = new YamlFields(node, "an option", f.problems());
            String text = o.requiredText("text");
            boolean correct = o.bool("correct", false);
            String why = why(o, "an option");
            o.rejectUnknownKeys();
            read.add(new Option(text, correct, why));
        }
        if (!f.has("options")) {
            f.problem(f.position(), what + " needs 'options': " + MIN_OPTIONS + " to " + MAX_OPTIONS + " of {text, correct, why}");
            return read;
        }
        if (read.size() < MIN_OPTIONS || read.size() > MAX_OPTIONS) {
            f.problem(f.at("options"), "'options' should hold " + MIN_OPTIONS + " to " + MAX_OPTIONS + " options, not " + read.size());
        }
        long correct = read.stream().filter(Option::correct).count();
        if (!several && correct != 1) {
            f.problem(f.at("options"), "a single-answer question needs exactly one option with correct: true, not " + correct);
        } else if (several && correct < 2) {
            f.problem(f.at("options"), "a multiple-select question needs two or more options with correct: true, not " + correct);
        }
        duplicates(read.stream().map(Option::text).toList(), "options", "option");
        return read;
    }

    private List<OrderItem> items() {
        List<OrderItem> read = new ArrayList<>();
        for (YamlNode node : f.list("items")) {
            YamlFields i = new YamlFields(node, "an item", f.problems());
            String text = i.requiredText("text");
            String why = why(i, "an item");
            i.rejectUnknownKeys();
            read.add(new OrderItem(text, why));
        }
        count("items", read.size(), "{text, why} in the right order");
        duplicates(read.stream().map(OrderItem::text).toList(), "items", "item");
        return read;
    }

    private void pairs() {
        List<Pair> read = new ArrayList<>();
        for (YamlNode node : f.list("pairs")) {
            YamlFields p = new YamlFields(node, "a pair", f.problems());
            String left = p.requiredText("left");
            String right = p.requiredText("right");
            String why = why(p, "a pair");
            PortFacts.fact(p).ifPresent(pairPorts::add);
            p.rejectUnknownKeys();
            read.add(new Pair(left, right, why));
        }
        count("pairs", read.size(), "{left, right, why}");
        duplicates(read.stream().map(Pair::left).toList(), "pairs", "left");
        distractors = f.texts("distractors");
        for (String d : distractors) {
            if (read.stream().anyMatch(p -> p.right().equals(d))) {
                f.problem(f.at("distractors"), "the distractor '" + d + "' is also a pair's right, so it matches something");
            }
        }
        pairs = read;
    }

    private void count(String key, int n, String shape) {
        if (!f.has(key)) {
            f.problem(f.position(), what + " needs '" + key + "': " + MIN_ITEMS + " to " + MAX_ITEMS + " of " + shape);
        } else if (n < MIN_ITEMS || n > MAX_ITEMS) {
            f.problem(f.at(key), "'" + key + "' should hold " + MIN_ITEMS + " to " + MAX_ITEMS + ", not " + n);
        }
    }

    private void duplicates(List<String> texts, String key, String kind) {
        Set<String> seen = new HashSet<>();
        for (String t : texts) if (!t.isEmpty() && !seen.add(t)) f.problem(f.at(key), "two of the " + key + " have the same " + kind + " '" + t + "'");
    }

    /** {@code why} is required: every option, item and pair says why it is right or wrong. */
    static String why(YamlFields f, String kind) {
        return why(f, kind, "why it is right, or why it is wrong");
    }

    static String why(YamlFields f, String kind, String meaning) {
        if (!f.has("why")) {
            f.problem(f.position(), kind + " needs 'why': " + meaning);
            return "";
        }
        return f.requiredText("why").strip();
    }

    private Reference readReference() {
        Optional<YamlNode> node = f.node("reference");
        Optional<String> defaultScenario = Optional.ofNullable(excerpt).map(Excerpt::scenario);
        Optional<Integer> defaultStep = Optional.ofNullable(excerpt).map(Excerpt::step);
        if (node.isEmpty()) {
            if (excerpt == null) f.problem(f.position(), what + " needs 'reference': {rfc: \"RFC 3501 §6.4.3\"} and/or {scenario: ID, step: N}");
            return new Reference(Optional.empty(), defaultScenario, defaultStep);
        }
        YamlFields r = new YamlFields(node.get(), "'reference'", f.problems());
        Optional<String> rfc = r.text("rfc").map(String::strip);
        Optional<String> scenario = r.text("scenario").map(String::strip);
        Optional<Integer> step = r.number("step", 1, 1000).map(Long::intValue);
        r.rejectUnknownKeys();
        if (rfc.isPresent() && !rfc.get().matches("RFC \\d+\\b[^;]*(; ?RFC \\d+\\b[^;]*)*")) {
            r.problem(r.at("rfc"), "'rfc' should look like \"RFC 3501 §6.4.3\" (several joined with ;), not '" + rfc.get() + "'");
        }
        if (step.isPresent() && scenario.isEmpty()) {
            r.problem(r.at("step"), "'step' needs 'scenario': the scenario it is a step of");
        }
        if (scenario.isEmpty() && step.isEmpty()) {
            scenario = defaultScenario;
            step = defaultStep;
        }
        if (rfc.isEmpty() && scenario.isEmpty()) r.problem(r.position(), "'reference' needs 'rfc' or 'scenario' (or both)");
        return new Reference(rfc, scenario, scenario.isPresent() ? step : Optional.empty());
    }
}
