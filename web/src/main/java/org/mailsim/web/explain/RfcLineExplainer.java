package org.mailsim.web.explain;

import org.mailsim.explain.Explainer;
import org.mailsim.net.Protocol;
import org.mailsim.wire.Direction;

/**
 * The player's explanations, from the simulator's table of every command and response
 * ({@link Explainer}), laid out for the side panel: each piece with its meaning, each reference
 * as "RFC 3501 §6.4.5 FETCH".
 */
public final class RfcLineExplainer implements LineExplainer {
    private final Explainer explainer = Explainer.standard();

    @Override
    public Explanation explain(Protocol protocol, Direction direction, String line) {
        return laidOut(explainer.explain(protocol, direction, line));
    }

    @Override
    public Explanation explainLiteral(Protocol protocol, Direction direction, String line) {
        return laidOut(explainer.explainLiteral(protocol, direction, line));
    }

    private static Explanation laidOut(org.mailsim.explain.Explanation explained) {
        return new Explanation(explained.summary(),
                explained.parts().stream().map(p -> p.text() + " — " + p.meaning()).toList(),
                explained.references().stream().map(r -> r.rfc() + " " + r.section() + " " + r.title()).toList());
    }
}
