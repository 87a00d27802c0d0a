package org.mailsim.scenario;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases a scenario may write after {@code do:}, one row each: the phrase, an example, and
 * the action it means. Matching ignores case and extra spaces.
 */
public final class ActionParser {
    private ActionParser() { }

    /** One phrase: its pattern, an example for error messages and docs, and how to build the action. */
    public record Phrase(Pattern pattern, String example, Function<Matcher, Action> build) { }

    private static final String N = "(?:message\\s+)?#?(\\d+)";

    public static final List<Phrase> PHRASES = List.of(
            phrase("check (?:mail|for mail|for new mail)|sync|refresh", "check mail", m -> new Action.CheckMail()),
            phrase("(?:open|read) " + N, "open message 2", m -> new Action.OpenMessage(number(m, 1))),
            phrase("preview " + N, "preview message 2", m -> new Action.PreviewMessage(number(m, 1))),
            phrase("mark " + N + " (?:as )?unread", "mark message 2 unread", m -> new Action.MarkRead(number(m, 1), false)),
            phrase("mark " + N + " (?:as )?read", "mark message 2 read", m -> new Action.MarkRead(number(m, 1), true)),
            phrase("flag " + N, "flag message 1", m -> new Action.Flag(number(m, 1), true)),
            phrase("unflag " + N, "unflag message 1", m -> new Action.Flag(number(m, 1), false)),
            phrase("delete " + N, "delete message 1", m -> new Action.Delete(number(m, 1))),
            phrase("expunge|empty (?:the )?deleted messages", "expunge", m -> new Action.Expunge()),
            phrase("move " + N + " to (.+)", "move message 1 to Archive", m -> new Action.Move(number(m, 1), m.group(2).trim())),
            phrase("create (?:a )?folder (.+)", "create folder Receipts", m -> new Action.CreateFolder(m.group(1).trim())),
            phrase("search (?:for )?(.+)", "search for invoice", m -> new Action.Search(unquote(m.group(1).trim()))),
            phrase("send (?:a )?(?:message|mail|email)", "send a message", m -> new Action.Send("", "", "")),
            phrase("open (?:the )?folder (.+)", "open folder Archive", m -> new Action.OpenFolder(m.group(1).trim())),
            phrase("wait for (?:push|new mail)|idle", "wait for push", m -> new Action.WaitForPush()),
            phrase("wait (\\d+) (second|minute|hour|day)s?", "wait 30 minutes", m -> new Action.Wait(duration(m))),
            phrase("go offline|lose (?:the )?connection|drop (?:the )?connection", "go offline", m -> new Action.GoOffline()),
            phrase("come (?:back )?online|reconnect", "come back online", m -> new Action.ComeOnline()),
            phrase("quit|log ?out|close (?:the )?app", "quit", m -> new Action.Quit()),
            phrase("trust (?:the )?certificate|accept (?:the )?certificate", "trust the certificate", m -> new Action.TrustCertificate()));

    /** The longest wait a step may ask for: a year of virtual time, so the clock's arithmetic never overflows. */
    static final Duration LONGEST_WAIT = Duration.ofDays(366);

    /** A phrase that matches but whose number no scenario can mean ("open message 99999999999", "wait 10000 days"). */
    public static final class OutOfRange extends IllegalArgumentException {
        OutOfRange(String message) {
            super(message);
        }
    }

    /**
     * The action a phrase means, or empty if no phrase matches.
     *
     * @throws OutOfRange if the phrase matches but its number is too large (found by fuzzing the loader)
     */
    public static Optional<Action> parse(String text) {
        String normalized = text.trim().replaceAll("\\s+", " ");
        for (Phrase phrase : PHRASES) {
            Matcher m = phrase.pattern().matcher(normalized);
            if (m.matches()) return Optional.of(phrase.build().apply(m));
        }
        return Optional.empty();
    }

    /** Every example phrase, for "did you mean" messages and the authoring guide. */
    public static List<String> examples() {
        List<String> examples = new ArrayList<>();
        for (Phrase p : PHRASES) examples.add(p.example());
        return examples;
    }

    private static Phrase phrase(String regex, String example, Function<Matcher, Action> build) {
        return new Phrase(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), example, build);
    }

    private static int number(Matcher m, int group) {
        String digits = m.group(group);
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new OutOfRange("message number " + digits + " is too large; a message number is at most " + Integer.MAX_VALUE);
        }
    }

    private static Duration duration(Matcher m) {
        String digits = m.group(1);
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        Duration one = switch (unit) {
            case "second" -> Duration.ofSeconds(1);
            case "minute" -> Duration.ofMinutes(1);
            case "hour" -> Duration.ofHours(1);
            default -> Duration.ofDays(1);
        };
        // Compare the count with the longest wait in that unit before multiplying, so no count overflows.
        long most = LONGEST_WAIT.dividedBy(one);
        if (new BigInteger(digits).compareTo(BigInteger.valueOf(most)) > 0) {
            throw new OutOfRange("'wait " + digits + " " + unit + "s' is too long; a step waits at most "
                    + most + " " + unit + "s" + (unit.equals("day") ? "" : " (" + LONGEST_WAIT.toDays() + " days)"));
        }
        return one.multipliedBy(Long.parseLong(digits));
    }

    private static String unquote(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
