package org.mailsim.web.explain;

import java.util.List;
import java.util.Objects;

import org.mailsim.net.Protocol;
import org.mailsim.wire.Direction;

/**
 * The seam between the player and whatever explains a protocol line. The player asks; the
 * answer is drawn in the side panel. {@link RfcLineExplainer} answers from the simulator's table.
 */
interface LineExplainer {

    Explanation explain(Protocol protocol, Direction direction, String line);

    /** A line of the data inside an IMAP literal (RFC 3501 §4.3): usually a message's header or body. */
    Explanation explainLiteral(Protocol protocol, Direction direction, String line);

    /**
     * @param summary     one sentence on what the line is, its glossary terms linked
     * @param parts       the line taken apart, one entry per piece
     * @param references  where to read more ("RFC 3501 §6.3.1")
     */
    record Explanation(List<GlossaryLinks.Segment> summary, List<PartView> parts, List<String> references) {
        public Explanation {
            summary = List.copyOf(summary);
            parts = List.copyOf(parts);
            references = List.copyOf(references);
        }
    }

    /** One piece of the line (raw text, escaped by the template) and what it means, glossary terms linked. */
    record PartView(String text, List<GlossaryLinks.Segment> meaning) {
        public PartView {
            Objects.requireNonNull(text, "text");
            meaning = List.copyOf(meaning);
        }
    }
}
