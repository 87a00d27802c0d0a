package org.mailsim.live;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * POP3's secrets: the argument of {@code PASS} (RFC 1939 §7; it may contain spaces, so the whole
 * rest of the line) and every client response of an {@code AUTH} exchange, the initial response
 * included (RFC 5034 §4), until the server's {@code +OK} or {@code -ERR}. Continuation requests
 * are {@code +} followed by a space, or a bare {@code +}.
 *
 * <p>POP3 has no tags: a status indicator answers the oldest command still waiting, so the mask
 * queues the commands it saw (clients may pipeline them, RFC 2449 §6.6), and skips the
 * multi-line answers that can come before a login ({@code CAPA}, a bare {@code AUTH}), whose
 * lines are not status indicators. APOP's digest stays visible: it is the point of APOP that
 * the password itself never crosses the wire (RFC 1939 §7).
 */
final class Pop3CredentialMask implements CredentialMask {
    private final Deque<String> waiting = new ArrayDeque<>();
    private SaslExchange sasl;
    private boolean multiLine;
    private String user;
    private String account;

    @Override
    public String clientLine(String line) {
        if (sasl != null) return sasl.response(line);
        String[] words = line.split(" ", 3);
        String verb = words[0].toUpperCase(Locale.ROOT);
        switch (verb) {
            case "USER", "APOP" -> user = words.length > 1 ? words[1] : null;
            case "PASS" -> {
                waiting.add(verb);
                return words.length > 1 ? line.substring(0, 5) + HIDDEN : line;
            }
            case "AUTH" -> {
                if (words.length == 1) {
                    waiting.add("AUTH-LIST"); // a list of mechanisms follows, line by line
                    return line;
                }
                waiting.add(verb);
                sasl = new SaslExchange(words[1]);
                if (words.length == 2) return line;
                return words[0] + " " + words[1] + " " + sasl.response(words[2]);
            }
            default -> { }
        }
        waiting.add(verb);
        return line;
    }

    @Override
    public void serverLine(String line) {
        if (account != null) return; // logged in: nothing secret follows in POP3
        if (multiLine) {
            multiLine = !line.equals("."); // RFC 1939 §3: a lone "." ends a multi-line response
            return;
        }
        if (sasl != null && (line.equals("+") || line.startsWith("+ "))) return; // a continuation request
        boolean ok = line.startsWith("+OK");
        if (!ok && !line.startsWith("-ERR")) return;
        String answered = waiting.poll(); // null for the greeting
        if (sasl != null && "AUTH".equals(answered)) {
            if (ok) account = sasl.user().orElse(null);
            sasl = null;
        } else if (ok && ("PASS".equals(answered) || "APOP".equals(answered))) {
            account = user;
        } else if (ok && ("CAPA".equals(answered) || "AUTH-LIST".equals(answered))) {
            multiLine = true;
        }
    }

    @Override
    public Optional<String> account() {
        return Optional.ofNullable(account);
    }
}
