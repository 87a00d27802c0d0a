package org.mailsim.explain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lines an SMTP client sends: commands (RFC 5321 §4.1.1), a SASL response after {@code 334}
 * (RFC 4954 §4), and, after {@code 354}, the message itself up to the line with only a dot.
 */
final class SmtpClientLines {

    /** A bare base64 word: a SASL response. Plain words rarely have a digit, +, / or = in them. */
    private static final Pattern BASE64 = Pattern.compile("(?=.*[0-9+/=])[A-Za-z0-9+/]{4,}={0,2}");

    private final ExplanationTable table;
    private final MessageLines message;

    SmtpClientLines(ExplanationTable table, MessageLines message) {
        this.table = table;
        this.message = message;
    }

    Explanation explain(String line) {
        var b = new ExplanationBuilder();
        if (line.equals(".")) return b.summary(message("smtp-end")).part(line, message("smtp-end")).build(); // RFC 5321 §4.1.1.4
        if (line.equals("*")) return b.summary(syntax("sasl-cancel")).part(line, syntax("sasl-cancel")).build();
        String[] words = line.split(" ");
        String verb = words[0].toUpperCase(Locale.ROOT);
        // Commands are case-insensitive (RFC 5321 §2.4), but a message line such as "Help is on
        // the way" must stay a message line: a lower-case verb counts only when it stands alone.
        boolean looksLikeCommand = words[0].equals(verb) || words.length == 1;
        var command = looksLikeCommand ? table.find("smtp-command", verb.split(":", 2)[0]) : Optional.<TableEntry>empty();
        if (command.isPresent()) return command(words, command.get(), b);
        if (BASE64.matcher(line).matches()) return b.summary(syntax("sasl-response")).part(line, syntax("sasl-response")).build();
        b.summary(message("smtp-data")).cite(message("smtp-data"));
        message.explain(line, b);
        return b.build();
    }

    private Explanation command(String[] words, TableEntry command, ExplanationBuilder b) {
        String verb = words[0].split(":", 2)[0];
        b.summary(command).part(verb, command);
        String rest = String.join(" ", words).substring(verb.length()).strip();
        if (rest.isEmpty()) return b.build();
        String[] args = rest.split(" ");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String upper = arg.toUpperCase(Locale.ROOT);
            if (upper.startsWith("FROM:")) b.part(arg, syntax("reverse-path"));       // RFC 5321 §4.1.1.2
            else if (upper.startsWith("TO:")) b.part(arg, syntax("forward-path"));    // RFC 5321 §4.1.1.3
            else if (i > 0 && arg.contains("=") && (verb.equalsIgnoreCase("MAIL") || verb.equalsIgnoreCase("RCPT"))) {
                b.part(arg, syntax("mail-parameter"));
            } else if (verb.equalsIgnoreCase("EHLO") || verb.equalsIgnoreCase("HELO")) {
                b.part(arg, syntax("client-name"));
            } else {
                b.part(arg, command.argument(i).orElse("an argument"));
            }
        }
        return b.build();
    }

    private TableEntry syntax(String key) {
        return table.get("smtp-syntax", key);
    }

    private TableEntry message(String key) {
        return table.get("message", key);
    }
}
