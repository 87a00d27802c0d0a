package org.mailsim.quiz;

import java.util.List;

/**
 * The stated situation of a configure task, as the simulator sets it up:
 * {@code situation: {devices: [phone, laptop], require_encryption: true, send: true}}.
 *
 * @param server             the provider's host name, what the learner should type as server
 * @param devices            the devices that read the mailbox, in the order they check mail
 * @param requireEncryption  the provider refuses passwords sent in cleartext (RFC 8314 §5.2)
 * @param send               the user also sends a message, to someone at another domain
 */
public record Situation(String server, List<String> devices, boolean requireEncryption, boolean send) {
    public Situation {
        devices = List.copyOf(devices);
        if (devices.isEmpty()) throw new IllegalArgumentException("a situation needs at least one device");
    }
}
