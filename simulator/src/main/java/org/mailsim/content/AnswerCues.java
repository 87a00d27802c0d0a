package org.mailsim.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.mailsim.yaml.Position;
import org.mailsim.yaml.YamlNode;

/**
 * Answers a test-wise student could pick from their form, not their content: a correct option
 * much longer than the others, "all/none of the above", and absolute words ("always", "never")
 * found only in wrong options. Read from the question files' YAML, so each warning has its line.
 */
public final class AnswerCues {
    /** A correct option longer than this many times the longest wrong one is a cue. */
    public static final double MUCH_LONGER = 1.3;
    static final List<String> ABSOLUTE_WORDS = List.of("always", "never", "every", "none", "nothing", "must",
            "cannot", "impossible", "guaranteed", "completely");
    private static final Pattern ABOVE = Pattern.compile("\\b(all|none|both|neither) of the above\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> OPTION_TYPES = Set.of("single", "multiple", "transcript");

    private final List<Finding> findings = new ArrayList<>();
    private int questions;
    private int longest;
    private int muchLonger;

    /** Reads the cues of one question file's tree into this tally. */
    public void add(YamlNode root) {
        if (!(root instanceof YamlNode.YamlMap map) || !(value(map, "questions") instanceof YamlNode.YamlList list)) return;
        for (YamlNode item : list.items()) {
            if (item instanceof YamlNode.YamlMap question) question(question);
        }
    }

    public CueFigures figures() {
        return new CueFigures(questions, longest, muchLonger);
    }

    /** Per-question warnings, in the order read. */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    private void question(YamlNode.YamlMap q) {
        if (!(value(q, "type") instanceof YamlNode.Scalar type) || !OPTION_TYPES.contains(String.valueOf(type.text()))) return;
        if (!(value(q, "options") instanceof YamlNode.YamlList options) || options.items().isEmpty()) return;
        questions++;
        Position at = Optional.ofNullable(value(q, "id")).map(YamlNode::position).orElse(q.position());
        List<String> right = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (YamlNode o : options.items()) {
            if (!(o instanceof YamlNode.YamlMap option)) continue;
            String text = value(option, "text") instanceof YamlNode.Scalar s && s.text() != null ? s.text().strip().replaceAll("\\s+", " ") : "";
            boolean correct = value(option, "correct") instanceof YamlNode.Scalar c && "true".equalsIgnoreCase(c.text());
            (correct ? right : wrong).add(text);
            if (ABOVE.matcher(text).find()) {
                findings.add(Finding.warning(o.position(), "\"" + ABOVE.matcher(text).results().findFirst().orElseThrow().group()
                        + "\" lets a student answer from the options' form; ask about each option instead"));
            }
        }
        if (right.isEmpty() || wrong.isEmpty()) return;
        int minRight = right.stream().mapToInt(AnswerCues::length).min().orElseThrow();
        int maxRight = right.stream().mapToInt(AnswerCues::length).max().orElseThrow();
        int maxWrong = wrong.stream().mapToInt(AnswerCues::length).max().orElseThrow();
        if (minRight > maxWrong) longest++;
        if (maxRight > MUCH_LONGER * maxWrong) {
            muchLonger++;
            findings.add(Finding.warning(at, String.format(Locale.ROOT,
                    "the correct option is %.1f times as long as the longest wrong one (%d vs %d characters): move its reasons into its 'why'",
                    (double) maxRight / Math.max(1, maxWrong), maxRight, maxWrong)));
        }
        for (String word : ABSOLUTE_WORDS) {
            if (wrong.stream().anyMatch(t -> hasWord(t, word)) && right.stream().noneMatch(t -> hasWord(t, word))) {
                findings.add(Finding.warning(at, "\"" + word + "\" appears only in wrong options: a test-wise student rules them out unread"));
            }
        }
    }

    /** Characters as Python counts them (code points), white space runs counted as one. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean hasWord(String text, String word) {
        return Pattern.compile("\\b" + word + "\\b", Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    private static YamlNode value(YamlNode.YamlMap map, String key) {
        YamlNode.Entry e = map.entries().get(key);
        return e == null ? null : e.value();
    }
}
