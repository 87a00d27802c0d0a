package org.mailsim.rfc;

import java.util.List;
import java.util.stream.Collectors;

/** What a {@link Citation} points at in the {@link RfcIndex}, or why it points at nothing. */
public sealed interface Resolution {
    Citation citation();

    /** True when the citation names something the index has. */
    default boolean resolved() {
        return this instanceof Section || this instanceof Document;
    }

    /** A section that exists. */
    record Section(Citation citation, RfcSection section) implements Resolution { }

    /** A whole RFC that the index has. */
    record Document(Citation citation, Rfc rfc) implements Resolution { }

    /** An RFC that is not in the index. */
    record UnknownRfc(Citation citation) implements Resolution { }

    /** A section number the RFC does not have; {@code nearby} are the sections where it would be. */
    record UnknownSection(Citation citation, Rfc rfc, List<RfcSection> nearby) implements Resolution {
        public UnknownSection {
            nearby = List.copyOf(nearby);
        }
    }

    /** A bare "§7.2.1" with no RFC named before it in the same text. */
    record NoRfc(Citation citation) implements Resolution { }

    /** For an author: what is wrong and what exists instead; for a resolved citation, its title. */
    default String describe() {
        return switch (this) {
            case Section s -> s.section().toString();
            case Document d -> d.rfc().toString();
            case UnknownRfc u -> u.citation().label() + " is not in mailsim's RFC index (add it with scripts/rfc-index.py)";
            case UnknownSection u -> u.citation().label() + " does not exist; " + "RFC " + u.rfc().number() + " has "
                    + u.nearby().stream().map(s -> "§" + s.number() + " " + s.title()).collect(Collectors.joining(", "));
            case NoRfc n -> n.citation().label() + " names no RFC: write the RFC before it, as in \"RFC 3501 "
                    + n.citation().label() + "\"";
        };
    }
}
