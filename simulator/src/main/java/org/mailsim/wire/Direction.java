package org.mailsim.wire;

/** Which way bytes crossed the wire. */
public enum Direction {
    /** From the client (a device) to the server: commands, literals, message data. */
    CLIENT_TO_SERVER("C"),
    /** From the server to the client: greetings, responses, pushed untagged data. */
    SERVER_TO_CLIENT("S");

    private final String prefix;

    Direction(String prefix) {
        this.prefix = prefix;
    }

    /** {@code C} or {@code S}, as transcripts in the RFCs write them. */
    public String prefix() {
        return prefix;
    }
}
