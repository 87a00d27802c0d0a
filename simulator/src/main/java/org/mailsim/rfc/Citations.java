package org.mailsim.rfc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds RFC citations in prose, in the forms mailsim's content uses:
 * <ul>
 *   <li>{@code RFC 3501}: the whole document;</li>
 *   <li>{@code RFC 3501 §6.4.5}: one section (an appendix: {@code RFC 8314 §A});</li>
 *   <li>{@code RFC 3501 §6.4.4, §6.4.8} or a bare {@code (§7.2.1)} later in the same text: a section of
 *       the last RFC named before it.</li>
 * </ul>
 * Any white space may stand between the parts, line breaks included, so the same finder reads a
 * YAML file's raw text and a folded value alike. "RFC822" (no space) is IMAP's FETCH item, not a citation.
 */
public final class Citations {
    private static final Pattern TOKEN = Pattern.compile(
            "\\bRFC\\s+(\\d{3,5})\\b|§\\s?((?:\\d+|[A-Z])(?:\\.\\d+)*)");
    private static final Pattern SECTION_AFTER = Pattern.compile("\\G\\s*§");

    private Citations() { }

    /** Every citation in {@code text}, in order. */
    public static List<Citation> in(String text) {
        List<Citation> found = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int rfc = 0;
        int rfcStart = -1;
        while (m.find()) {
            if (m.group(1) != null) {
                rfc = Integer.parseInt(m.group(1));
                Matcher next = SECTION_AFTER.matcher(text);
                if (next.find(m.end())) {
                    rfcStart = m.start(); // "RFC 3501 §6.4.5": one citation, from "RFC" to the section
                } else {
                    found.add(new Citation(rfc, Optional.empty(), m.start(), m.end()));
                    rfcStart = -1;
                }
            } else {
                int start = rfcStart >= 0 ? rfcStart : m.start();
                found.add(new Citation(rfc, Optional.of(m.group(2)), start, m.end()));
                rfcStart = -1;
            }
        }
        return found;
    }
}
