package org.mailsim.rfc;

import java.util.Optional;

/**
 * One citation found in a text: an RFC, or a section of one, and where it stands.
 *
 * @param rfc     the RFC cited, or 0 when a bare "§7.2.1" has no RFC named before it
 * @param section the section without "§" ("6.4.5"), empty for the whole RFC
 * @param start   offset of the citation's first character in the text
 * @param end     offset just after its last character
 */
public record Citation(int rfc, Optional<String> section, int start, int end) {
    public Citation {
        section = section == null ? Optional.empty() : section;
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    /** {@code RFC 3501 §6.4.5}, {@code RFC 3501}, or {@code §7.2.1} when no RFC was named. */
    public String label() {
        String doc = rfc == 0 ? "" : "RFC " + rfc;
        return section.map(s -> (doc + " §" + s).strip()).orElse(doc);
    }
}
