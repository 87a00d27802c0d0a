package org.mailsim.web.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.mailsim.net.Security;
import org.mailsim.quiz.Answer;
import org.mailsim.quiz.ConfigureTask;
import org.mailsim.quiz.MailClientSettings;
import org.mailsim.quiz.Matching;
import org.mailsim.quiz.MultipleChoice;
import org.mailsim.quiz.Option;
import org.mailsim.quiz.Ordering;
import org.mailsim.quiz.Question;
import org.mailsim.quiz.SingleChoice;
import org.mailsim.quiz.TranscriptQuestion;

/**
 * Reads an answer as the grading API receives it, for one question, and checks it fits that
 * question, so the grader only ever sees answers it can grade:
 * <ul>
 *   <li>single, multiple, transcript: {@code {"picked": [2]}}, indexes into the question's own options</li>
 *   <li>ordering: {@code {"order": [2, 0, 1]}}, every item's index once</li>
 *   <li>matching: {@code {"matches": {"0": "IMAP"}}}, pair index to one of the offered rights</li>
 *   <li>configure: {@code {"settings": {"incomingType": "imap", "incomingServer": "…", "incomingPort": 993,
 *       "incomingSecurity": "tls", "leaveOnServer": false, "outgoingServer": "…", "outgoingPort": 587,
 *       "outgoingSecurity": "starttls", "outgoingAuth": true}}}</li>
 * </ul>
 * A misfit is a {@link BadInput} saying what was expected, in words a learner
 * (or the author of a script) can act on.
 */
public final class AnswerReader {
    private AnswerReader() { }

    public static Answer read(Question q, JsonNode answer) {
        String what = "The answer to " + q.id();
        if (answer == null || !answer.isObject()) throw bad(what + " must be an object such as " + example(q) + ".");
        return switch (q) {
            case SingleChoice s -> picked(what, answer, s.options().size(), 1);
            case MultipleChoice m -> picked(what, answer, m.options().size(), (int) m.correctCount());
            case TranscriptQuestion t -> picked(what, answer, t.options().size(),
                    t.multiple() ? (int) t.options().stream().filter(Option::correct).count() : 1);
            case Ordering o -> order(what, answer, o.items().size());
            case Matching m -> matches(what, answer, m);
            case ConfigureTask c -> settings(what, field(what, answer, "settings"));
        };
    }

    /** A pick of exactly {@code choose} options: the question says how many ("Choose 3"), as the exam does. */
    private static Answer picked(String what, JsonNode answer, int options, int choose) {
        List<Integer> indexes = indexes(what, field(what, answer, "picked"), "picked", options);
        Set<Integer> picked = new LinkedHashSet<>(indexes);
        if (picked.size() != indexes.size()) throw bad(what + " picks the same option twice.");
        if (picked.isEmpty()) throw bad(what + " picks nothing; pick " + (choose > 1 ? choose + " options." : "one option."));
        if (choose == 1 && picked.size() > 1) throw bad(what + " picks " + picked.size() + " options, but the question has one answer.");
        if (picked.size() != choose) {
            throw bad(what + " picks " + picked.size() + " option" + (picked.size() == 1 ? "" : "s") + ", but the question says to choose "
                    + choose + ".");
        }
        return new Answer.Choice(picked);
    }

    private static Answer order(String what, JsonNode answer, int items) {
        List<Integer> order = indexes(what, field(what, answer, "order"), "order", items);
        if (order.size() != items || new LinkedHashSet<>(order).size() != items) {
            throw bad(what + " must list each of the " + items + " items once (0 to " + (items - 1) + "), in your order.");
        }
        return new Answer.Order(order);
    }

    private static Answer matches(String what, JsonNode answer, Matching m) {
        JsonNode node = field(what, answer, "matches");
        if (!node.isObject()) throw bad(what + ": matches must be an object from item number to the chosen match, such as {\"0\": \"IMAP\"}.");
        Map<Integer, String> rightFor = new HashMap<>();
        List<String> rights = m.rights();
        for (var entry : node.properties()) {
            String key = entry.getKey();
            if (!key.matches("\\d{1,2}") || Integer.parseInt(key) >= m.pairs().size()) {
                throw bad(what + ": \"" + key + "\" is not an item number; the items are 0 to " + (m.pairs().size() - 1) + ".");
            }
            JsonNode value = entry.getValue();
            if (!value.isTextual() || !rights.contains(value.asText())) {
                throw bad(what + ": " + value + " is not one of the choices offered (" + String.join(", ", rights) + ").");
            }
            rightFor.put(Integer.parseInt(key), value.asText());
        }
        return new Answer.Matches(rightFor);
    }

    private static Answer settings(String what, JsonNode s) {
        if (!s.isObject()) throw bad(what + ": settings must be an object of the account's fields.");
        try {
            return new Answer.Settings(new MailClientSettings(text(what, s, "incomingType"), text(what, s, "incomingServer"),
                    port(what, s, "incomingPort"), security(what, s, "incomingSecurity"), flag(what, s, "leaveOnServer"),
                    text(what, s, "outgoingServer"), port(what, s, "outgoingPort"), security(what, s, "outgoingSecurity"),
                    flag(what, s, "outgoingAuth")));
        } catch (IllegalArgumentException e) {
            throw bad(what + ": " + e.getMessage() + ".");
        }
    }

    private static String text(String what, JsonNode s, String name) {
        JsonNode v = s.get(name);
        if (v == null || !v.isTextual() || v.asText().isBlank()) throw bad(what + ": fill in " + name + ".");
        return v.asText();
    }

    private static int port(String what, JsonNode s, String name) {
        JsonNode v = s.get(name);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 1 || v.asInt() > 65535) {
            throw bad(what + ": " + name + " must be a port number from 1 to 65535.");
        }
        return v.asInt();
    }

    private static Security security(String what, JsonNode s, String name) {
        JsonNode v = s.get(name);
        return MailClientSettings.security(v == null || !v.isTextual() ? null : v.asText())
                .orElseThrow(() -> bad(what + ": " + name + " is none, starttls or tls (SSL/TLS)."));
    }

    private static boolean flag(String what, JsonNode s, String name) {
        JsonNode v = s.get(name);
        if (v == null) return false;
        if (!v.isBoolean()) throw bad(what + ": " + name + " is true or false.");
        return v.asBoolean();
    }

    private static JsonNode field(String what, JsonNode answer, String name) {
        JsonNode node = answer.get(name);
        if (node == null || answer.size() != 1) throw bad(what + " must be {\"" + name + "\": …}, the kind of answer this question takes.");
        return node;
    }

    private static List<Integer> indexes(String what, JsonNode node, String name, int size) {
        if (!node.isArray()) throw bad(what + ": " + name + " must be a list of numbers from 0 to " + (size - 1) + ".");
        List<Integer> out = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isIntegralNumber() || n.asInt() < 0 || n.asInt() >= size) {
                throw bad(what + ": " + n + " is not an option of this question; they are numbered 0 to " + (size - 1) + ".");
            }
            out.add(n.asInt());
        }
        return out;
    }

    private static String example(Question q) {
        return switch (q) {
            case Ordering o -> "{\"order\": [2, 0, 1]}";
            case Matching m -> "{\"matches\": {\"0\": \"" + m.rights().get(0) + "\"}}";
            case ConfigureTask c -> "{\"settings\": {\"incomingType\": \"imap\", …}}";
            default -> "{\"picked\": [0]}";
        };
    }

    private static BadInput bad(String message) {
        return new BadInput(message);
    }
}
