package org.mailsim.explain;

import java.util.List;
import java.util.Locale;

/**
 * Lines an IMAP server sends (RFC 3501 §7): tagged completions, untagged status responses with
 * their response codes, untagged data, continuation requests, and the rest of a FETCH response
 * after a literal.
 */
final class ImapServerLines {

    private final ExplanationTable table;
    private final ImapFetchItems fetch;

    ImapServerLines(ExplanationTable table, ImapFetchItems fetch) {
        this.table = table;
        this.fetch = fetch;
    }

    Explanation explain(String line) {
        var b = new ExplanationBuilder();
        if (line.equals("+") || line.startsWith("+ ")) {                           // RFC 3501 §7.5
            b.summary(syntax("continuation")).part("+", syntax("continuation"));
            if (line.length() > 2) b.part(line.substring(2), syntax("text").summary());
            return b.build();
        }
        if (line.equals(")")) return b.summary(syntax("response-close")).part(line, syntax("response-close")).build();
        if (line.startsWith(" ")) {                                               // after a literal, RFC 3501 §7.4.2
            b.summary(syntax("response-rest")).part(line, syntax("response-rest"));
            String rest = line.strip();
            if (rest.endsWith(")") && count(rest, ')') > count(rest, '(')) rest = rest.substring(0, rest.length() - 1);
            fetch.data(ImapTokens.split(rest), b);
            return b.build();
        }
        List<String> tokens = ImapTokens.split(line);
        if (tokens.size() < 2) return null;
        boolean untagged = tokens.get(0).equals("*");
        TableEntry first = syntax(untagged ? "untagged" : "tag");
        String word = tokens.get(1).toUpperCase(Locale.ROOT);
        var status = table.find("imap-status", word);
        if (status.isPresent()) {
            b.summary(status.get()).part(tokens.get(0), first).part(tokens.get(1), status.get());
            responseText(line, tokens.get(0).length() + tokens.get(1).length() + 2, b);
            return b.build();
        }
        if (!untagged) return null;
        if (word.chars().allMatch(Character::isDigit) && tokens.size() > 2) return numbered(tokens, b.part("*", first));
        var data = table.find("imap-untagged", word);
        if (data.isEmpty()) return null;
        b.summary(data.get()).part("*", first).part(tokens.get(1), data.get());
        untaggedData(word, tokens.subList(2, tokens.size()), b);
        return b.build();
    }

    /** {@code * 3 EXISTS}, {@code * 3 RECENT}, {@code * 3 EXPUNGE}, {@code * 3 FETCH (…)}. */
    private Explanation numbered(List<String> tokens, ExplanationBuilder b) {
        String n = tokens.get(1);
        String word = tokens.get(2).toUpperCase(Locale.ROOT);
        var data = table.find("imap-untagged", word);
        if (data.isEmpty()) return null;
        b.summary(data.get());
        switch (word) {
            case "EXISTS" -> b.part(n, "the mailbox now holds " + n + (n.equals("1") ? " message" : " messages"));
            case "RECENT" -> b.part(n, n + " of them arrived since the last session looked");
            case "EXPUNGE" -> b.part(n, "message " + n + " is gone; every message after it now has a number one lower")
                    .cite(syntax("number"));
            default -> b.part(n, "message " + n + " (its sequence number)").cite(syntax("number"));
        }
        b.part(tokens.get(2), data.get());
        if (word.equals("FETCH") && tokens.size() > 3) fetch.data(ImapTokens.inner(tokens.get(3)), b);
        return b.build();
    }

    private void untaggedData(String word, List<String> args, ExplanationBuilder b) {
        switch (word) {
            case "CAPABILITY", "ENABLED" -> args.forEach(a -> capability(a, b));
            case "FLAGS" -> args.forEach(a -> flags(a, b));
            case "LIST", "LSUB" -> {
                if (!args.isEmpty()) flags(args.get(0), b);
                if (args.size() > 1) b.part(args.get(1), syntax("delimiter"));
                if (args.size() > 2) b.part(args.get(2), syntax("mailbox"));
            }
            case "SEARCH" -> args.forEach(a -> b.part(a, "a message that matched"));
            case "STATUS" -> {
                if (!args.isEmpty()) b.part(args.get(0), syntax("mailbox"));
                if (args.size() > 1) {
                    List<String> items = ImapTokens.inner(args.get(1));
                    for (int i = 0; i + 1 < items.size(); i += 2) {
                        String item = items.get(i);
                        String value = items.get(i + 1);
                        table.find("imap-status-item", item.toUpperCase(Locale.ROOT))
                                .ifPresent(e -> b.part(item + " " + value, e));
                    }
                }
            }
            case "QUOTAROOT" -> {
                if (!args.isEmpty()) b.part(args.get(0), syntax("mailbox"));
                args.stream().skip(1).forEach(a -> b.part(a, "a quota root that applies (\"\" is the account's)"));
            }
            case "QUOTA" -> {
                if (!args.isEmpty()) b.part(args.get(0), "the quota root (\"\" is the account's)");
                if (args.size() > 1) b.part(args.get(1), "the resource, then used and limit in units of 1024 bytes");
            }
            default -> args.forEach(a -> b.part(a, "data of this response"));
        }
    }

    /** After OK, NO, BAD, BYE or PREAUTH: an optional [response code], then text (RFC 3501 §7.1). */
    private void responseText(String line, int from, ExplanationBuilder b) {
        if (from >= line.length()) return;
        String rest = line.substring(from);
        if (rest.startsWith("[") && rest.indexOf(']') > 0) {
            int close = rest.indexOf(']');
            String code = rest.substring(1, close);
            String[] words = code.split(" ", 2);
            var entry = table.find("imap-code", words[0].toUpperCase(Locale.ROOT));
            if (entry.isPresent()) b.part(rest.substring(0, close + 1), entry.get());
            else b.part(rest.substring(0, close + 1), "a response code mailsim does not know");
            if (words.length > 1 && words[0].equalsIgnoreCase("CAPABILITY")) {
                for (String cap : words[1].split(" ")) capability(cap, b);
            }
            if (words.length > 1 && words[0].equalsIgnoreCase("PERMANENTFLAGS")) flags(words[1], b);
            rest = rest.substring(close + 1).strip();
        }
        if (!rest.isEmpty()) b.part(rest, syntax("text").summary());
    }

    private void capability(String cap, ExplanationBuilder b) {
        table.find("imap-capability", cap.toUpperCase(Locale.ROOT)).ifPresentOrElse(
                e -> b.part(cap, e), () -> b.part(cap, "an extension mailsim has no entry for"));
    }

    private void flags(String list, ExplanationBuilder b) {
        for (String flag : ImapTokens.inner(list)) {
            table.find("imap-flag", flag).ifPresentOrElse(e -> b.part(flag, e), () -> b.part(flag, "a keyword (custom flag)"));
        }
    }

    private TableEntry syntax(String key) {
        return table.get("imap-syntax", key);
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
