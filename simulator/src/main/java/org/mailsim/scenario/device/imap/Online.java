package org.mailsim.scenario.device.imap;

/**
 * The app's live connection and what this session has done so far: the capabilities as last
 * announced (they change after STARTTLS and after login, RFC 3501 §6.2.1), whether it logged in,
 * and the folder selected in this session (sequence numbers belong to it, §2.3.1.2).
 */
final class Online {
    final ImapClient client;
    String words;
    Capabilities capabilities;
    boolean loggedIn;
    String selected;
    /** The tag of an IDLE the learner typed, until they type DONE. */
    String typedIdle;
    /** "tag COMMAND" of a typed command the server asked to continue ("+ "): the learner's next line goes on with it. */
    String typedContinuing;

    Online(ImapClient client, Capabilities capabilities, String words) {
        this.client = client;
        this.capabilities = capabilities;
        this.words = words;
    }
}
