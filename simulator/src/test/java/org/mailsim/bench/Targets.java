package org.mailsim.bench;

import java.util.List;

/**
 * The servers the harness can measure, by the name used on the command line. This switch is the
 * single place a new server is plugged in (see "Plugging in mailsim" in docs/benchmarks.md).
 */
final class Targets {
    /** Every name {@link #create} knows, for help texts. */
    static final List<String> KNOWN = List.of("greenmail", "mailsim");

    private Targets() {
    }

    /** A fresh, not yet started target; throws IllegalArgumentException for an unknown name. */
    static BenchTarget create(String name) {
        return switch (name) {
            case "greenmail" -> new GreenMailTarget();
            case "mailsim" -> new MailsimTarget();
            default -> throw new IllegalArgumentException("no benchmark target named '" + name + "' is plugged in yet (known: "
                    + String.join(", ", KNOWN) + "); docs/benchmarks.md shows how mailsim's LiveServer is added");
        };
    }
}
