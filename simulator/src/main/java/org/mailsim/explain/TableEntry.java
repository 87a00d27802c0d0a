package org.mailsim.explain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of {@code explain/explanations.yaml}: a command, response, code or keyword.
 *
 * @param summary what it means, in plain words
 * @param rfc     the RFC that defines it ({@code RFC 3501}); blank only for the generic row
 * @param section the section ({@code §6.4.5})
 * @param title   the section's title
 * @param args    what each argument means, in order; the last one stands for any further ones
 */
record TableEntry(String summary, String rfc, String section, String title, List<String> args) {

    TableEntry {
        Objects.requireNonNull(summary, "summary");
        rfc = rfc == null ? "" : rfc;
        section = section == null ? "" : section;
        title = title == null ? "" : title;
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** The RFC reference, unless the row has none. */
    Optional<RfcRef> reference() {
        return rfc.isBlank() ? Optional.empty() : Optional.of(new RfcRef(rfc, section, title));
    }

    /** What argument {@code index} (0-based) means; the last description repeats; empty when none. */
    Optional<String> argument(int index) {
        if (args.isEmpty()) return Optional.empty();
        return Optional.of(args.get(Math.min(index, args.size() - 1)));
    }
}
