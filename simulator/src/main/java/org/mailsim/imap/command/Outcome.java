package org.mailsim.imap.command;

/**
 * What a command handler returns: its tagged {@link Completion}, or a {@link Continue} when the
 * command goes on over more client lines (AUTHENTICATE's SASL exchange, IDLE).
 */
public sealed interface Outcome permits Completion, Outcome.Continue {

    /**
     * Send a continuation request {@code + prompt} (RFC 3501 §7.5) and give the client's next
     * line to {@code next}.
     */
    record Continue(String prompt, Continuation next) implements Outcome { }

    /** The handler of the client's next line inside a command that spans several lines. */
    @FunctionalInterface
    interface Continuation {
        Outcome onLine(String line, ImapContext session, Responses out);
    }
}
