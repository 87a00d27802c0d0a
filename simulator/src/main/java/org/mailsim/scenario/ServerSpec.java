package org.mailsim.scenario;

import java.util.List;

/**
 * How the scenario's server is set up, where a lesson needs it to differ from the default.
 *
 * @param allowPlaintextLogin  accept passwords before STARTTLS on 143 and 110 (to show one sniffed)
 * @param attackers            who sits on the network path of which device: none, one, or one per device
 */
public record ServerSpec(boolean allowPlaintextLogin, List<Attacker> attackers) {

    public static final ServerSpec DEFAULT = new ServerSpec(false, List.of());

    public ServerSpec {
        attackers = List.copyOf(attackers);
    }

    /** What an on-path attacker does to one device's traffic. */
    public enum AttackKind {
        /** Reads everything that passes (a sniffer on the café Wi-Fi). */
        EAVESDROP,
        /** Deletes STARTTLS / STLS from the server's capability lists, so the client never upgrades. */
        STRIP_STARTTLS
    }

    /** An attacker between {@code device} and the server. */
    public record Attacker(String device, AttackKind kind) { }
}
