package org.mailsim.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the keys of one mapping with checks. A problem is recorded, with its position, and
 * reading goes on, so an author sees every mistake in a file at once, not one per run.
 * Every key read is remembered, so {@link #rejectUnknownKeys()} can point out typos.
 */
public final class YamlFields {
    private final YamlNode.YamlMap map;
    private final String what;
    private final List<YamlProblem> problems;
    private final Set<String> known = new TreeSet<>();

    /**
     * @param node      the node that should be a mapping
     * @param what      what it is, for messages: "a device", "step 3"
     * @param problems  where problems go
     */
    public YamlFields(YamlNode node, String what, List<YamlProblem> problems) {
        this.what = what;
        this.problems = problems;
        if (node instanceof YamlNode.YamlMap m) {
            this.map = m;
        } else {
            problems.add(new YamlProblem(node.position(), what + " should be " + new YamlNode.YamlMap(node.position(), Map.of()).kind()
                    + ", but is " + node.kind()));
            this.map = new YamlNode.YamlMap(node.position(), Map.of());
        }
    }

    public Position position() {
        return map.position();
    }

    public List<YamlProblem> problems() {
        return problems;
    }

    public boolean has(String key) {
        known.add(key);
        return map.entries().containsKey(key);
    }

    public Optional<YamlNode> node(String key) {
        known.add(key);
        YamlNode.Entry entry = map.entries().get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    /** A text value that must be there and not be empty. */
    public String requiredText(String key) {
        Optional<String> value = text(key);
        if (value.isEmpty() && map.entries().get(key) == null) {
            problem(map.position(), what + " needs '" + key + "'");
        } else if (value.isPresent() && value.get().isBlank()) {
            problem(at(key), "'" + key + "' is empty");
        }
        return value.orElse("");
    }

    public Optional<String> text(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) return Optional.empty();
        if (node.get() instanceof YamlNode.Scalar s) return Optional.ofNullable(s.text());
        problem(node.get().position(), "'" + key + "' should be a single value, but is " + node.get().kind());
        return Optional.empty();
    }

    public String text(String key, String otherwise) {
        return text(key).orElse(otherwise);
    }

    /** A whole number within [min, max]. */
    public Optional<Long> number(String key, long min, long max) {
        Optional<String> text = text(key);
        if (text.isEmpty()) return Optional.empty();
        try {
            long value = Long.parseLong(text.get().trim());
            if (value < min || value > max) {
                problem(at(key), "'" + key + "' should be between " + min + " and " + max + ", not " + value);
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            problem(at(key), "'" + key + "' should be a whole number, not '" + text.get() + "'");
            return Optional.empty();
        }
    }

    public boolean bool(String key, boolean otherwise) {
        Optional<String> text = text(key);
        if (text.isEmpty()) return otherwise;
        return switch (text.get().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> {
                problem(at(key), "'" + key + "' should be true or false, not '" + text.get() + "'");
                yield otherwise;
            }
        };
    }

    /** One of a fixed set of words (compared without case); the message lists them. */
    public <T> Optional<T> choice(String key, Map<String, T> choices) {
        Optional<String> text = text(key);
        if (text.isEmpty()) return Optional.empty();
        T value = choices.get(text.get().trim().toLowerCase(Locale.ROOT));
        if (value == null) {
            problem(at(key), "'" + key + "' should be one of " + String.join(", ", new TreeSet<>(choices.keySet()))
                    + ", not '" + text.get() + "'");
        }
        return Optional.ofNullable(value);
    }

    /** A list; a single value is accepted as a list of one. */
    public List<YamlNode> list(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) return List.of();
        if (node.get() instanceof YamlNode.YamlList l) return l.items();
        if (node.get() instanceof YamlNode.Scalar s && s.text() == null) return List.of();
        if (node.get() instanceof YamlNode.Scalar) return List.of(node.get());
        problem(node.get().position(), "'" + key + "' should be " + new YamlNode.YamlList(node.get().position(), List.of()).kind()
                + ", but is " + node.get().kind());
        return List.of();
    }

    /** A list of texts. */
    public List<String> texts(String key) {
        List<String> texts = new ArrayList<>();
        for (YamlNode item : list(key)) {
            if (item instanceof YamlNode.Scalar s && s.text() != null) texts.add(s.text());
            else problem(item.position(), "each item of '" + key + "' should be a single value, but one is " + item.kind());
        }
        return texts;
    }

    /** The position of a key's value (or of the mapping when the key is absent). */
    public Position at(String key) {
        YamlNode.Entry entry = map.entries().get(key);
        return entry == null ? map.position() : entry.value().position();
    }

    public void problem(Position position, String message) {
        problems.add(new YamlProblem(position, message));
    }

    /** Reports every key that was never asked for, suggesting the nearest known one. */
    public void rejectUnknownKeys() {
        for (YamlNode.Entry entry : map.entries().values()) {
            if (known.contains(entry.key())) continue;
            String hint = nearest(entry.key(), known).map(k -> "; did you mean '" + k + "'?").orElse("; allowed here: " + String.join(", ", known));
            problem(entry.keyPosition(), "unknown key '" + entry.key() + "' in " + what + hint);
        }
    }

    static Optional<String> nearest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, word.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance, for "did you mean". */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
