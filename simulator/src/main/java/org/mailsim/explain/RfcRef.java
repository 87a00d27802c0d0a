package org.mailsim.explain;

import java.util.Objects;

/**
 * A place in an RFC: {@code RFC 3501 §6.4.5 FETCH Command}.
 *
 * @param rfc     the document, such as {@code RFC 3501}
 * @param section the section, such as {@code §6.4.5}
 * @param title   the section's title, or what it defines
 */
public record RfcRef(String rfc, String section, String title) {

    public RfcRef {
        Objects.requireNonNull(rfc, "rfc");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(title, "title");
        if (!rfc.startsWith("RFC ")) throw new IllegalArgumentException("not an RFC: " + rfc);
    }

    /** {@code RFC 3501 §6.4.5 FETCH Command}. */
    @Override
    public String toString() {
        return (rfc + " " + section + " " + title).strip();
    }
}
