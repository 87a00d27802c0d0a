package org.mailsim.explain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a mail message as it crosses the wire inside SMTP DATA, a POP3 RETR or TOP answer,
 * or an IMAP literal: a header field, a folded header line, the blank line, or body text
 * (RFC 5322 §2.1).
 */
final class MessageLines {

    private static final Pattern HEADER = Pattern.compile("([A-Za-z][A-Za-z0-9-]*):(?: .*|)");

    private final ExplanationTable table;

    MessageLines(ExplanationTable table) {
        this.table = table;
    }

    /** Adds the line's part (and the summary, unless one is set) to {@code b}. */
    void explain(String line, ExplanationBuilder b) {
        if (line.isEmpty()) {
            entry(b, line, table.get("message", "blank"));
            return;
        }
        if (line.charAt(0) == ' ' || line.charAt(0) == '\t') { // RFC 5322 §2.2.3: folding white space
            entry(b, line, table.get("message", "folded"));
            return;
        }
        Matcher m = HEADER.matcher(line);
        if (m.matches()) {
            TableEntry field = table.find("header", m.group(1)).orElse(table.get("message", "header"));
            b.summary(table.get("message", "header"));
            b.part(m.group(1) + ":", field);
            if (line.length() > m.group(1).length() + 1) {
                b.part(line.substring(m.group(1).length() + 1).strip(), "the field's value");
            }
            return;
        }
        if (line.startsWith("..")) entry(b, ".", table.get("message", "dot-stuffed")); // RFC 5321 §4.5.2
        entry(b, line, table.get("message", "body"));
    }

    private static void entry(ExplanationBuilder b, String text, TableEntry entry) {
        b.summary(entry).part(text, entry);
    }
}
