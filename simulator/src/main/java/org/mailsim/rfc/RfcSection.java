package org.mailsim.rfc;

import java.util.Objects;
import java.util.Optional;

/**
 * One section of an RFC, as its own text numbers and titles it.
 *
 * @param rfc     the RFC's number: 3501
 * @param number  the section number without "§": {@code 6.4.5}, or an appendix: {@code A}, {@code B.1}
 * @param title   the section's title as the RFC prints it: {@code FETCH Command}
 * @param summary what the section says, in mailsim's words; only for sections the content cites
 */
public record RfcSection(int rfc, String number, String title, Optional<String> summary) {
    public RfcSection {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        summary = summary == null ? Optional.empty() : summary;
    }

    /** The fragment both the RFC Editor's page and mailsim's {@code /rfc/{n}} page use: {@code section-6.4.5}. */
    public String anchor() {
        return (Character.isLetter(number.charAt(0)) ? "appendix-" : "section-") + number;
    }

    /** {@code https://www.rfc-editor.org/rfc/rfc3501#section-6.4.5}. */
    public String editorUrl() {
        return Rfc.editorUrl(rfc) + "#" + anchor();
    }

    /** mailsim's own page, with this section marked: {@code /rfc/3501?s=6.4.5#section-6.4.5}. */
    public String offlinePath() {
        return Rfc.offlinePath(rfc) + "?s=" + number + "#" + anchor();
    }

    /** {@code RFC 3501 §6.4.5 FETCH Command}. */
    @Override
    public String toString() {
        return "RFC " + rfc + " §" + number + " " + title;
    }
}
