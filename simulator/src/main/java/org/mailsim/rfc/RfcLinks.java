package org.mailsim.rfc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text cut into plain pieces and citations, each citation that the {@link RfcIndex} resolves
 * linked to mailsim's own page of the RFC ({@code /rfc/3501?s=6.4.5#section-6.4.5}). The one place
 * where the pages turn citations into links: the templates and the JSON the scripts render both
 * take these parts. A citation that resolves to nothing stays plain text ({@code mailsim check}
 * reports it).
 */
public final class RfcLinks {
    private RfcLinks() { }

    /**
     * One piece of a text.
     *
     * @param text     the words as written
     * @param href     mailsim's page of the cited section (or RFC), or null for plain text
     * @param title    what is cited, in the RFC's words: {@code RFC 3501 §6.4.5 FETCH Command}; null for plain text
     * @param external the same place on the RFC Editor's site; null for plain text
     */
    public record Part(String text, String href, String title, String external) {
        public Part {
            Objects.requireNonNull(text, "text");
        }

        public boolean linked() {
            return href != null;
        }

        static Part plain(String text) {
            return new Part(text, null, null, null);
        }
    }

    /** {@code text} in parts, against the built-in index; an empty list for null or empty text. */
    public static List<Part> parts(String text) {
        return parts(text, RfcIndex.builtin());
    }

    public static List<Part> parts(String text, RfcIndex index) {
        List<Part> parts = new ArrayList<>();
        if (text == null || text.isEmpty()) return parts;
        int at = 0;
        for (Citation c : Citations.in(text)) {
            Part link = switch (index.resolve(c)) {
                case Resolution.Section s -> new Part(text.substring(c.start(), c.end()), s.section().offlinePath(),
                        s.section().toString(), s.section().editorUrl());
                case Resolution.Document d -> new Part(text.substring(c.start(), c.end()), d.rfc().offlinePath(),
                        d.rfc().toString(), d.rfc().editorUrl());
                default -> null;
            };
            if (link == null) continue;
            if (c.start() > at) parts.add(Part.plain(text.substring(at, c.start())));
            parts.add(link);
            at = c.end();
        }
        if (at < text.length()) parts.add(Part.plain(text.substring(at)));
        return parts;
    }
}
