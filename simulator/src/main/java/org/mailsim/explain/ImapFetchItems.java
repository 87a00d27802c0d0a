package org.mailsim.explain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetch attributes as a client asks for them ({@code BODY.PEEK[HEADER.FIELDS (FROM)]<0.100>},
 * RFC 3501 §6.4.5) and the data items a server answers with ({@code UID 1}, {@code FLAGS (\Seen)},
 * {@code BODY[TEXT]<0> {n}}, RFC 3501 §7.4.2).
 */
final class ImapFetchItems {

    /** name, optional [section], optional <partial>. */
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z0-9.]+)(?:\\[(.*)\\])?(<[0-9.]+>)?");

    /** RFC 3501 §6.4.5 section-part: 1, 2.1, then an optional keyword. */
    private static final Pattern PART = Pattern.compile("((?:\\d+\\.)*\\d+)\\.?(.*)");

    private final ExplanationTable table;

    ImapFetchItems(ExplanationTable table) {
        this.table = table;
    }

    /** One attribute a client asks for, with its section and partial range. */
    void attribute(String token, ExplanationBuilder b) {
        Matcher m = ATTRIBUTE.matcher(token);
        if (!m.matches()) {
            b.part(token, "a fetch attribute mailsim does not know");
            return;
        }
        String name = m.group(1).toUpperCase(Locale.ROOT);
        var entry = table.find("imap-fetch", name);
        if (entry.isEmpty()) {
            b.part(token, "a fetch attribute mailsim does not know");
            return;
        }
        b.part(token, entry.get());
        if (m.group(2) != null) section(m.group(2), b);
        if (m.group(3) != null) b.part(m.group(3), table.get("imap-section", "partial"));
    }

    /** The data items of a FETCH response: pairs of a name and its value. */
    void data(List<String> items, ExplanationBuilder b) {
        for (int i = 0; i < items.size(); i++) {
            String name = items.get(i);
            String value = i + 1 < items.size() ? items.get(i + 1) : "";
            Matcher m = ATTRIBUTE.matcher(name);
            var entry = m.matches() ? table.find("imap-fetch", m.group(1).toUpperCase(Locale.ROOT)) : Optional.<TableEntry>empty();
            if (entry.isEmpty()) {
                b.part(name, "a FETCH data item mailsim does not know");
                continue;
            }
            i++;
            b.part((name + " " + value).strip(), entry.get());
            if (m.group(2) != null) section(m.group(2), b);
            if (m.group(3) != null) b.part(m.group(3), table.get("imap-section", "partial"));
            if (value.startsWith("(")) {
                for (String flag : ImapTokens.inner(value)) table.find("imap-flag", flag).ifPresent(f -> b.part(flag, f));
            }
            if (ImapTokens.LITERAL.matcher(value).matches()) b.part(value, table.get("imap-syntax", "literal"));
        }
    }

    /** RFC 3501 §6.4.5 section-spec: [], [HEADER], [HEADER.FIELDS (…)], [TEXT], [1.2.MIME]. */
    private void section(String section, ExplanationBuilder b) {
        if (section.isEmpty()) {
            b.part("[]", table.get("imap-section", "whole"));
            return;
        }
        Matcher part = PART.matcher(section);
        if (part.matches()) b.part(part.group(1), table.get("imap-section", "part"));
        String spec = part.matches() ? part.group(2) : section;
        if (spec.isEmpty()) return;
        String keyword = spec.split(" ", 2)[0].toUpperCase(Locale.ROOT);
        table.find("imap-section", keyword).ifPresentOrElse(
                e -> b.part(spec, e), () -> b.part(spec, "a section mailsim does not know"));
    }
}
