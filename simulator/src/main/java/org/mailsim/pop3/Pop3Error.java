package org.mailsim.pop3;

/**
 * A command that fails with {@code -ERR}. Thrown by parsers and commands, turned into the reply
 * line in one place ({@link Pop3Session}). The text is always written by the server, never
 * copied from client input (STYLE §9), so a client cannot forge reply lines.
 */
public final class Pop3Error extends RuntimeException {

    private final boolean badCommand;

    private Pop3Error(String text, boolean badCommand) {
        super(text, null, false, false);
        if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) throw new IllegalArgumentException("CR or LF in reply text");
        this.badCommand = badCommand;
    }

    /** Malformed input, unknown command, wrong state: counts towards the bad-command limit. */
    public static Pop3Error bad(String text) {
        return new Pop3Error(text, true);
    }

    /** A well-formed command that cannot be done ("no such message", "[IN-USE] …"). */
    public static Pop3Error refused(String text) {
        return new Pop3Error(text, false);
    }

    /** The text after {@code -ERR }, possibly starting with a response code (RFC 2449 §8). */
    public String text() {
        return getMessage();
    }

    public boolean badCommand() {
        return badCommand;
    }
}
