package org.mailsim.lab;

import java.util.List;
import java.util.Locale;

import org.mailsim.net.Protocol;

/**
 * Whether the student asked for TLS and the server agreed, read as a client reads it: after
 * IMAP's tagged OK to STARTTLS (RFC 3501 §6.2.1), POP3's +OK to STLS (RFC 2595 §4), SMTP's 220
 * to STARTTLS (RFC 3207 §4), the client starts the handshake. After a refusal it does not.
 */
final class TlsUpgrade {
    private TlsUpgrade() { }

    /**
     * @param line     one line the client sent
     * @param answers  the server lines that came back after it
     */
    static boolean accepted(Protocol protocol, String line, List<String> answers) {
        String[] words = line.strip().split("\\s+");
        return switch (protocol) {
            case IMAP -> words.length == 2 && words[1].equalsIgnoreCase("STARTTLS")
                    && answers.stream().anyMatch(a -> a.toUpperCase(Locale.ROOT).startsWith(words[0].toUpperCase(Locale.ROOT) + " OK"));
            case POP3 -> words.length == 1 && words[0].equalsIgnoreCase("STLS")
                    && !answers.isEmpty() && answers.get(0).startsWith("+OK");
            case SMTP -> words.length == 1 && words[0].equalsIgnoreCase("STARTTLS")
                    && answers.stream().anyMatch(a -> a.startsWith("220"));
        };
    }
}
