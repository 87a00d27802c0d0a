package org.mailsim.explain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wiretap's markers for what is not a protocol line: TLS records as an eavesdropper sees
 * them, binary runs, and the announcement of a literal's bytes (see {@code WiretapMarkdown}).
 */
final class WireMarkers {

    private static final Pattern TLS = Pattern.compile("\\[TLS ([a-zA-Z ]+?)(?: \\d+ bytes)?(?:: [^\\]]*)?\\]");
    private static final Pattern BINARY = Pattern.compile("\\[binary (\\d+) bytes(?:: ([^\\]]*))?\\]");
    private static final Pattern LITERAL = Pattern.compile("\\[literal (\\d+) bytes\\]");

    private final ExplanationTable table;

    WireMarkers(ExplanationTable table) {
        this.table = table;
    }

    /** The marker's explanation, or null when the line is not a marker. */
    Explanation explain(String line) {
        Matcher m = TLS.matcher(line);
        if (m.matches()) {
            String key = "tls-" + m.group(1).strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            return table.find("wire", key).map(e -> single(line, e)).orElse(null);
        }
        m = BINARY.matcher(line);
        if (m.matches()) {
            boolean clientHello = m.group(2) != null && m.group(2).startsWith("16 03"); // RFC 8446 §5.1: type 22, version 3.x
            return single(line, table.get("wire", clientHello ? "binary-client-hello" : "binary"));
        }
        m = LITERAL.matcher(line);
        if (m.matches()) {
            var b = new ExplanationBuilder().summary(table.get("wire", "literal-marker"));
            b.part(line, m.group(1) + " bytes of literal data follow, exactly as announced by {"
                    + m.group(1) + "} on the line above");
            return b.cite(table.get("imap-syntax", "literal")).build();
        }
        return null;
    }

    private static Explanation single(String line, TableEntry entry) {
        return new ExplanationBuilder().summary(entry).part(line, entry).build();
    }
}
