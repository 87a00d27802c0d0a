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
     * @param summary     one sentence on what the line is
     * @param parts       the line taken apart, one entry per piece
     * @param references  where to read more ("RFC 3501 §6.3.1")
     */
    record Explanation(String summary, List<String> parts, List<String> references) {
        public Explanation {
            Objects.requireNonNull(summary, "summary");
            parts = List.copyOf(parts);
            references = List.copyOf(references);
        }
    }
}
