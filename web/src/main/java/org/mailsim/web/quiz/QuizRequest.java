package org.mailsim.web.quiz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.mailsim.quiz.QuizSpec;
import org.mailsim.quiz.Topic;
import org.mailsim.scenario.Difficulty;
import org.mailsim.scenario.Exam;

/**
 * A quiz as its address states it: {@code /quiz/take?exam=N10-009&topic=tls-and-security&count=10&mode=exam&minutes=15&seed=42}.
 * The same address composes the same quiz, so a reload (or a link sent to a classmate) shows
 * the same questions in the same order. {@code ids=} names the questions outright ("retry what I
 * missed"); {@code avoid=} lists questions seen in the last attempts; {@code scenario=} keeps the
 * questions on one scenario (a course lesson's quiz); {@code review=} lists questions the learner
 * missed before, some of which come back (spaced review).
 *
 * @param minutes  the exam-mode time limit; 0 in study mode
 * @param ids      the questions, in order, when the quiz names them; empty when the filters choose
 * @param seed     empty until the quiz is started; {@link QuizTakePage} then picks one and redirects
 */
public record QuizRequest(Optional<Exam> exam, Set<String> objectives, Set<String> topics, Optional<Difficulty> difficulty,
                   int count, Mode mode, int minutes, List<String> ids, Set<String> avoid, Optional<Long> seed,
                   Optional<String> scenario, Set<String> review) {

    static final int MAX_COUNT = 100;
    static final int MAX_MINUTES = 300;

    /** Study: feedback after every answer. Exam: timed, all feedback at the end. */
    public enum Mode { STUDY, EXAM; public String word() { return name().toLowerCase(Locale.ROOT); } }

    /** Reads the query parameters; throws {@link BadInput} naming the parameter and what it may be. */
    public static QuizRequest parse(Map<String, List<String>> query) {
        Optional<Exam> exam = exam(first(query, "exam"));
        Set<String> objectives = new LinkedHashSet<>();
        for (String o : all(query, "objective")) {
            if (!o.matches("\\d+\\.\\d+")) throw new BadInput("An objective is a number such as 2.1, not \"" + o + "\".");
            objectives.add(o);
        }
        Set<String> topics = new LinkedHashSet<>();
        for (String t : all(query, "topic")) {
            if (Topic.byId(t).isEmpty()) {
                throw new BadInput("There is no topic \"" + t + "\". The topics are: "
                        + java.util.Arrays.stream(Topic.values()).map(Topic::id).collect(Collectors.joining(", ")) + ".");
            }
            topics.add(t);
        }
        Optional<Difficulty> difficulty = difficulty(first(query, "difficulty"));
        List<String> ids = ids(first(query, "ids"), "ids");
        int count = ids.isEmpty() ? number(first(query, "count"), "count", 10, 1, MAX_COUNT) : ids.size();
        Mode mode = mode(first(query, "mode"));
        int minutes = mode == Mode.EXAM ? number(first(query, "minutes"), "minutes", defaultMinutes(count), 1, MAX_MINUTES) : 0;
        Set<String> avoid = new LinkedHashSet<>(ids(first(query, "avoid"), "avoid"));
        Optional<Long> seed = seed(first(query, "seed"));
        Optional<String> scenario = Optional.ofNullable(first(query, "scenario")).map(String::strip).filter(v -> !v.isEmpty());
        if (scenario.isPresent() && !scenario.get().matches("[a-z0-9][a-z0-9-]*")) {
            throw new BadInput("\"" + scenario.get() + "\" is not a scenario id (ids are lower-case letters, digits and hyphens).");
        }
        Set<String> review = new LinkedHashSet<>(ids(first(query, "review"), "review"));
        return new QuizRequest(exam, objectives, topics, difficulty, count, mode, minutes, ids, avoid, seed, scenario, review);
    }

    /** A minute and a half a question, as CompTIA's exams roughly allow. */
    static int defaultMinutes(int count) {
        return Math.min(MAX_MINUTES, (count * 3 + 1) / 2);
    }

    public QuizRequest withSeed(long newSeed) {
        return new QuizRequest(exam, objectives, topics, difficulty, count, mode, minutes, ids, avoid, Optional.of(newSeed), scenario, review);
    }

    /** The engine's spec; the seed must have been chosen. */
    public QuizSpec spec() {
        return new QuizSpec(exam, objectives, topics, difficulty, count, seed.orElseThrow(), avoid, scenario, review);
    }

    /** The quiz's address, parameters in a fixed order so one quiz has one address. */
    public String href() {
        List<String> params = new ArrayList<>();
        if (ids.isEmpty()) {
            exam.ifPresent(e -> params.add(param("exam", e.code())));
            objectives.forEach(o -> params.add(param("objective", o)));
            topics.forEach(t -> params.add(param("topic", t)));
            scenario.ifPresent(id -> params.add(param("scenario", id)));
            difficulty.ifPresent(d -> params.add(param("difficulty", d.name().toLowerCase(Locale.ROOT))));
            params.add(param("count", String.valueOf(count)));
        } else {
            params.add(param("ids", String.join(",", ids)));
        }
        params.add(param("mode", mode.word()));
        if (mode == Mode.EXAM) params.add(param("minutes", String.valueOf(minutes)));
        if (!avoid.isEmpty() && ids.isEmpty()) params.add(param("avoid", String.join(",", avoid)));
        if (!review.isEmpty() && ids.isEmpty()) params.add(param("review", String.join(",", review)));
        seed.ifPresent(s -> params.add(param("seed", String.valueOf(s))));
        return "/quiz/take?" + String.join("&", params);
    }

    /** What the quiz covers, in words: "N10-009 · objectives 1.4 · TLS and security · any difficulty". */
    /** The quiz in words, for its page and the learner's history; {@code titles} names a scenario by its title. */
    public String describe(UnaryOperator<String> titles) {
        if (!ids.isEmpty()) return ids.size() == 1 ? "1 chosen question" : ids.size() + " chosen questions";
        List<String> parts = new ArrayList<>();
        parts.add(exam.map(Exam::title).orElse("Any exam"));
        if (!objectives.isEmpty()) parts.add((objectives.size() == 1 ? "objective " : "objectives ") + String.join(", ", objectives));
        scenario.ifPresent(id -> parts.add("questions on the scenario “" + titles.apply(id) + "”"));
        parts.add(topics.isEmpty() ? "every topic"
                : topics.stream().map(t -> Topic.byId(t).orElseThrow().title()).collect(Collectors.joining(", ")));
        parts.add(difficulty.map(d -> d.name().toLowerCase(Locale.ROOT)).orElse("any difficulty"));
        return String.join(" · ", parts);
    }

    private static String param(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Optional<Exam> exam(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("any")) return Optional.empty();
        Exam exam = Exam.spellings().get(value.strip().toLowerCase(Locale.ROOT));
        if (exam == null) {
            throw new BadInput("There is no exam \"" + value + "\". Choose A+ 220-1201, N10-009, SY0-701, or any exam.");
        }
        return Optional.of(exam);
    }

    private static Optional<Difficulty> difficulty(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("any")) return Optional.empty();
        try {
            return Optional.of(Difficulty.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new BadInput("The difficulty is beginner, intermediate or advanced, not \"" + value + "\".");
        }
    }

    private static Mode mode(String value) {
        if (value == null || value.isBlank()) return Mode.STUDY;
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "study" -> Mode.STUDY;
            case "exam" -> Mode.EXAM;
            default -> throw new BadInput("The mode is study or exam, not \"" + value + "\".");
        };
    }

    private static int number(String value, String name, int otherwise, int min, int max) {
        if (value == null || value.isBlank()) return otherwise;
        if (!value.strip().matches("\\d{1,6}") || Integer.parseInt(value.strip()) < min || Integer.parseInt(value.strip()) > max) {
            throw new BadInput("The " + name + " is a whole number from " + min + " to " + max + ", not \"" + value + "\".");
        }
        return Integer.parseInt(value.strip());
    }

    private static Optional<Long> seed(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw new BadInput("The seed is a whole number, not \"" + value + "\". Leave it out to get a new quiz.");
        }
    }

    /** A comma-separated list of question ids, each checked for the shape ids have. */
    private static List<String> ids(String value, String name) {
        if (value == null || value.isBlank()) return List.of();
        List<String> ids = new ArrayList<>();
        for (String id : value.split(",")) {
            String trimmed = id.strip();
            if (trimmed.isEmpty()) continue;
            if (!trimmed.matches("[a-z0-9][a-z0-9-]*")) {
                throw new BadInput("\"" + trimmed + "\" in " + name + "= is not a question id (ids are lower-case letters, digits and hyphens).");
            }
            if (!ids.contains(trimmed)) ids.add(trimmed);
        }
        if (name.equals("ids") && ids.size() > MAX_COUNT) throw new BadInput("A quiz has at most " + MAX_COUNT + " questions.");
        return ids;
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static List<String> all(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).map(String::strip).toList();
    }
}
