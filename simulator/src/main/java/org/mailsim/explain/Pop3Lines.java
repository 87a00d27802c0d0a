package org.mailsim.explain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * POP3 lines (RFC 1939 §3): client commands, {@code +OK}/{@code -ERR} status indicators with
 * their RESP-CODES (RFC 2449 §8), and the lines of a multi-line answer: capabilities, scan and
 * unique-id listings, message lines, and the terminating dot.
 */
final class Pop3Lines {

    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{4,}={0,2}");
    private static final Pattern GREETING = Pattern.compile(".*<[^<>@ ]+@[^<> ]+>");
    private static final Pattern DROP_LISTING = Pattern.compile("\\d+ \\d+");
    private static final Pattern OCTETS = Pattern.compile("\\d+ octets.*");
    private static final Pattern UNIQUE_ID = Pattern.compile("\\d+ [\\x21-\\x7e]{1,70}");
    private static final Pattern CODE = Pattern.compile("\\[([A-Za-z/-]+)\\] ?(.*)");

    private final ExplanationTable table;
    private final MessageLines message;

    Pop3Lines(ExplanationTable table, MessageLines message) {
        this.table = table;
        this.message = message;
    }

    Explanation client(String line) {
        if (line.equals("*")) return single(line, syntax("sasl-cancel"));           // RFC 5034 §4
        String[] words = line.split(" ");
        var command = table.find("pop3-command", words[0]);
        if (command.isEmpty()) return BASE64.matcher(line).matches() ? single(line, syntax("sasl-response")) : null;
        var b = new ExplanationBuilder().summary(command.get()).part(words[0], command.get());
        for (int i = 1; i < words.length; i++) {
            String meaning = command.get().argument(i - 1).orElse("an argument");
            if (meaning.equals("the message number")) b.part(words[i], syntax("message-number"));
            else b.part(words[i], meaning);
        }
        return b.build();
    }

    Explanation server(String line) {
        var b = new ExplanationBuilder();
        if (line.startsWith("+OK")) {
            b.summary(syntax("ok")).part("+OK", syntax("ok"));
            String text = line.substring(3).strip();
            if (!text.isEmpty()) b.part(text, okText(text));
            return b.build();
        }
        if (line.startsWith("-ERR")) {
            b.summary(syntax("err")).part("-ERR", syntax("err"));
            String text = line.substring(4).strip();
            Matcher code = CODE.matcher(text);
            if (code.matches()) {
                table.find("pop3-code", code.group(1)).ifPresentOrElse(e -> b.part("[" + code.group(1) + "]", e),
                        () -> b.part("[" + code.group(1) + "]", "a response code mailsim does not know"));
                text = code.group(2);
            }
            if (!text.isEmpty()) b.part(text, syntax("text").summary());
            return b.build();
        }
        if (line.equals("+") || line.startsWith("+ ")) return single(line, syntax("sasl-challenge"));
        if (line.equals(".")) return single(line, syntax("terminator"));            // RFC 1939 §3
        return multiLine(line, b);
    }

    /** A line inside a multi-line answer: its shape says which answer it belongs to. */
    private Explanation multiLine(String line, ExplanationBuilder b) {
        String first = line.split(" ", 2)[0];
        var capability = first.equals(first.toUpperCase(Locale.ROOT)) ? table.find("pop3-capability", first)
                : Optional.<TableEntry>empty();
        if (capability.isPresent()) {
            b.summary(capability.get()).part(first, capability.get());
            if (line.length() > first.length()) b.part(line.substring(first.length() + 1), "the capability's argument");
            return b.build();
        }
        if (DROP_LISTING.matcher(line).matches()) return listing(line, syntax("scan-listing"), "the size in bytes");
        if (UNIQUE_ID.matcher(line).matches()) return listing(line, syntax("unique-id-listing"), "the message's unique ID");
        b.summary(table.get("message", "pop3-data"));
        message.explain(line, b);
        return b.build();
    }

    private Explanation listing(String line, TableEntry entry, String second) {
        String[] words = line.split(" ");
        return new ExplanationBuilder().summary(entry).part(words[0], syntax("message-number"))
                .part(words[1], second).build();
    }

    /** What the text after +OK is: a greeting, a drop listing, a message size, a list to follow. */
    private TableEntry okText(String text) {
        if (GREETING.matcher(text).matches()) return syntax("greeting");         // RFC 1939 §7 APOP timestamp
        if (DROP_LISTING.matcher(text).matches()) return syntax("drop-listing"); // RFC 1939 §5 STAT
        if (OCTETS.matcher(text).matches()) return syntax("octets");
        if (text.contains("follow")) return syntax("multi-line");
        return syntax("text");
    }

    private TableEntry syntax(String key) {
        return table.get("pop3-syntax", key);
    }

    private static Explanation single(String line, TableEntry entry) {
        return new ExplanationBuilder().summary(entry).part(line, entry).build();
    }
}
