package org.mailsim.rfc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One RFC: its number, its title and its sections in the document's order.
 *
 * @param number   3501
 * @param title    as on the RFC's first page: {@code INTERNET MESSAGE ACCESS PROTOCOL - VERSION 4rev1}
 * @param sections every numbered section and appendix
 */
public record Rfc(int number, String title, List<RfcSection> sections) {
    public Rfc {
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
    }

    /** The section numbered {@code number} ("6.4.5", "A"), if the RFC has one. */
    public Optional<RfcSection> section(String number) {
        return sections.stream().filter(s -> s.number().equalsIgnoreCase(number)).findFirst();
    }

    /** Sections keyed by number, in order. */
    public Map<String, RfcSection> byNumber() {
        Map<String, RfcSection> map = new LinkedHashMap<>();
        sections.forEach(s -> map.put(s.number(), s));
        return map;
    }

    /** {@code https://www.rfc-editor.org/rfc/rfc3501}: the full text, when the network is there. */
    public String editorUrl() {
        return editorUrl(number);
    }

    /** {@code /rfc/3501}: mailsim's own page of the RFC's sections, which works offline. */
    public String offlinePath() {
        return offlinePath(number);
    }

    static String editorUrl(int number) {
        return "https://www.rfc-editor.org/rfc/rfc" + number;
    }

    static String offlinePath(int number) {
        return "/rfc/" + number;
    }

    /** {@code RFC 3501 INTERNET MESSAGE ACCESS PROTOCOL - VERSION 4rev1}. */
    @Override
    public String toString() {
        return "RFC " + number + " " + title;
    }
}
