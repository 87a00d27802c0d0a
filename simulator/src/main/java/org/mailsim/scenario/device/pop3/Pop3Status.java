package org.mailsim.scenario.device.pop3;

import java.util.Optional;

/**
 * A POP3 status line as the client reads it (RFC 1939 §3): {@code +OK} or {@code -ERR}, then
 * text, which may begin with a response code in brackets (RFC 2449 §8), e.g. {@code [IN-USE]}.
 */
record Pop3Status(String line) {

    Pop3Status {
        if (line == null) throw new IllegalArgumentException("a status line is needed");
    }

    /** RFC 1939 §3: the positive status indicator. */
    boolean ok() {
        return line.startsWith("+OK");
    }

    /** The RFC 2449 §8 response code after {@code -ERR}, if any: {@code AUTH}, {@code IN-USE}, {@code SYS/TEMP} … */
    Optional<String> code() {
        if (!line.startsWith("-ERR [")) return Optional.empty();
        int close = line.indexOf(']');
        return close < 0 ? Optional.empty() : Optional.of(line.substring(6, close));
    }
}
