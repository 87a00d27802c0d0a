package org.mailsim.net;

import org.mailsim.wire.Direction;

/**
 * Someone on the path between a device and the server (a rogue Wi-Fi access point): sees every
 * chunk of raw bytes each way and may pass it on, change it or drop it. Under TLS it sees only
 * records it can neither read nor alter unnoticed (RFC 8446 §5.2); on a cleartext link it can
 * strip {@code STARTTLS} from the capability list, and a client that does not insist on TLS
 * never upgrades (RFC 3207 §6, RFC 8314 §1).
 */
@FunctionalInterface
public interface OnPathObserver {

    /** Returns the bytes to pass on: {@code bytes} itself to watch only, other bytes to tamper, empty to drop. */
    byte[] relay(String connectionId, Direction direction, byte[] bytes);

    /** Nobody on the path. */
    OnPathObserver NONE = (id, direction, bytes) -> bytes;
}
