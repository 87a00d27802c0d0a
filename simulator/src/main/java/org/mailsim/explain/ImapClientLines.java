package org.mailsim.explain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines an IMAP client sends: {@code tag COMMAND arguments} (RFC 3501 §2.2.1), the UID form,
 * and the lines that are not commands: {@code DONE} after IDLE, a SASL response, the end of a
 * command line that carried a literal.
 */
final class ImapClientLines {

    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");

    private final ExplanationTable table;
    private final ImapFetchItems fetch;

    ImapClientLines(ExplanationTable table, ImapFetchItems fetch) {
        this.table = table;
        this.fetch = fetch;
    }

    Explanation explain(String line) {
        if (line.isEmpty()) return single(line, "literal-end");
        if (line.equalsIgnoreCase("DONE")) return single(line, "done");      // RFC 2177 §3
        if (line.equals("*")) return single(line, "sasl-cancel");             // RFC 3501 §6.2.2
        List<String> tokens = ImapTokens.split(line);
        if (tokens.size() == 1) return BASE64.matcher(line).matches() ? single(line, "sasl-response") : null;
        var b = new ExplanationBuilder();
        int at = 1;
        boolean uid = tokens.get(1).equalsIgnoreCase("UID") && tokens.size() > 2;
        String verb = tokens.get(uid ? 2 : 1).toUpperCase(Locale.ROOT);
        var command = table.find("imap-command", verb);
        if (command.isEmpty()) return null;
        b.summary(command.get());
        b.part(tokens.get(0), table.get("imap-syntax", "tag"));
        if (uid) b.part(tokens.get(at++), table.get("imap-syntax", "uid-form"));
        b.part(tokens.get(at++), command.get());
        arguments(verb, uid, tokens.subList(at, tokens.size()), command.get(), b);
        return b.build();
    }

    private void arguments(String verb, boolean uid, List<String> args, TableEntry command, ExplanationBuilder b) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (ImapTokens.LITERAL.matcher(arg).matches()) {
                b.part(arg, table.get("imap-syntax", "literal"));
            } else if (i == 0 && ImapTokens.SEQUENCE_SET.matcher(arg).matches() && takesSequenceSet(verb)) {
                b.part(arg, ImapTokens.readSequenceSet(arg, uid)).cite(table.get("imap-syntax", "sequence-set"));
            } else if (verb.equals("FETCH")) {
                for (String attribute : ImapTokens.inner(arg)) fetch.attribute(attribute, b);
            } else if (verb.equals("SEARCH")) {
                searchKey(arg, b);
            } else if (arg.startsWith("(")) {
                list(arg, command.argument(i).orElse("a list"), b);
            } else {
                b.part(arg, command.argument(i).orElse("an argument"));
            }
        }
    }

    private static boolean takesSequenceSet(String verb) {
        return switch (verb) {
            case "FETCH", "STORE", "COPY", "MOVE", "EXPUNGE" -> true;
            default -> false;
        };
    }

    /** A parenthesised argument: flags (APPEND, STORE) and status items get a row each. */
    private void list(String arg, String meaning, ExplanationBuilder b) {
        b.part(arg, meaning);
        for (String item : ImapTokens.inner(arg)) {
            table.find("imap-flag", item).or(() -> table.find("imap-status-item", item.toUpperCase(Locale.ROOT)))
                    .ifPresent(e -> b.part(item, e));
        }
    }

    private void searchKey(String arg, ExplanationBuilder b) {
        var key = table.find("imap-search", arg.toUpperCase(Locale.ROOT));
        if (key.isPresent()) b.part(arg, key.get());
        else if (arg.startsWith("(")) for (String inner : ImapTokens.inner(arg)) searchKey(inner, b);
        else b.part(ImapTokens.unquote(arg), "the value the search key before it looks for");
    }

    private Explanation single(String line, String key) {
        TableEntry entry = table.get("imap-syntax", key);
        return new ExplanationBuilder().summary(entry).part(line, entry).build();
    }
}
