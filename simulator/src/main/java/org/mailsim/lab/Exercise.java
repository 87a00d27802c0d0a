package org.mailsim.lab;

import java.util.Objects;

import org.mailsim.net.Protocol;

/**
 * A guided task in the lab, checked automatically from the sandbox's transcript and mailbox.
 *
 * @param id        stable, for the page and the tests ("imap-starttls-login")
 * @param protocol  the protocol it practises
 * @param title     the task in a few words
 * @param how       how to do it, with the lines to type
 */
public record Exercise(String id, Protocol protocol, String title, String how) {
    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(how, "how");
    }
}
