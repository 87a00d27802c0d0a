package org.mailsim.lab;

import java.util.List;

/**
 * A device pane as the browser draws it, besides its console lines.
 *
 * @param pane         "phone" or "laptop"
 * @param service      the {@link org.mailsim.net.ServicePort} name last connected to, or "" before any
 * @param connection   the connection in words ("IMAP on port 143, STARTTLS available"), or "not connected"
 * @param connected    a connection is open
 * @param tls          the TLS version in use ("TLS 1.3"), or "" in cleartext
 * @param state        the server's state for this connection in the RFC's words, or ""
 * @param hint         what is valid now, in a sentence
 * @param completions  the command names valid now, for Tab completion
 * @param nextTag      the tag to suggest for the next IMAP command ("a3"), or ""
 * @param knows        what this device has been told, line by line (its "view" of the mailbox)
 */
public record PaneState(String pane, String service, String connection, boolean connected, String tls, String state,
                        String hint, List<String> completions, String nextTag, List<String> knows) {
    public PaneState {
        completions = List.copyOf(completions);
        knows = List.copyOf(knows);
    }
}
