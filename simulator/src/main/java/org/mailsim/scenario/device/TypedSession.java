package org.mailsim.scenario.device;

import java.util.List;

/**
 * The learner's own session on a device's connection: each typed line goes out as is and the
 * whole answer comes back as received. One per protocol that has no app-level model of its own
 * to keep in step (POP3, an SMTP-only device).
 */
public interface TypedSession {

    boolean isOpen();

    /** "not connected", or the connection as the device's status line shows it. */
    String describe();

    /** Sends {@code line}, connecting first if needed; returns what the server answered (or why it could not). */
    List<String> type(AppContext context, boolean userTrustsCertificate, String line);

    /** Ends an open session properly (QUIT); nothing when none is open. */
    List<String> quit(AppContext context, boolean userTrustsCertificate);

    /** Reads what the server sent unasked; forgets the session once the server has closed it. */
    void drain();

    /** The connection dies without a goodbye of the protocol's own. */
    void drop();
}
