package org.mailsim.quiz;

import java.util.List;

import org.mailsim.scenario.SimulatedServer;

/**
 * The stated situation of a configure task, as the simulator sets it up:
 * {@code situation: {devices: [phone, laptop], require_encryption: true, keep_in_sync: true, send: true}}.
 * The provider's server is always the simulator's, {@link #server()}; its mailbox starts with two
 * messages.
 *
 * @param devices            the devices that read the mailbox, in the order they check mail
 * @param requireEncryption  the provider refuses passwords sent in cleartext (RFC 8314 §5.2); when
 *                           false it accepts a login before STARTTLS on 143 and 110
 * @param keepInSync         what is read on the first device must show as read on the others
 * @param send               the first device also sends a message to someone at another domain
 * <p>Beyond the agreed contract, which left the situation to this design: these four fields.
 */
public record Situation(List<String> devices, boolean requireEncryption, boolean keepInSync, boolean send) {
    public Situation {
        devices = List.copyOf(devices);
        if (devices.isEmpty()) throw new IllegalArgumentException("a situation needs at least one device");
    }

    /** The host name the learner should type for both servers. */
    public String server() {
        return SimulatedServer.HOSTNAME;
    }
}
