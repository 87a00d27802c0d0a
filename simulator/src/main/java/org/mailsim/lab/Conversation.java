package org.mailsim.lab;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.mailsim.net.Protocol;
import org.mailsim.net.ServicePort;

/**
 * One connection's console lines, read the way a client pairs commands with replies: an IMAP
 * command with the tagged line that completes it (RFC 3501 §2.2.2), a POP3 command with the
 * status line that follows (RFC 1939 §3), an SMTP command with the reply that follows (RFC 5321
 * §4.2; the lab's students do not pipeline). The exercises are checked through it.
 */
record Conversation(String connectionId, String pane, ServicePort service, List<ConsoleLine> lines) {

    private static final Pattern UNTAGGED_EXPUNGE = Pattern.compile("^\\* \\d+ EXPUNGE\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNTAGGED_EXISTS = Pattern.compile("^\\* \\d+ EXISTS\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IDLE = Pattern.compile("^\\S+ IDLE$", Pattern.CASE_INSENSITIVE);

    Conversation {
        lines = List.copyOf(lines);
    }

    /** An IMAP command whose verb (after the tag, upper-cased) passes {@code verb} was completed with OK. */
    boolean imapOk(Predicate<String> command, boolean insideTlsOnly) {
        for (int i = 0; i < lines.size(); i++) {
            ConsoleLine c = lines.get(i);
            if (!isClientLine(c) || insideTlsOnly && !c.insideTls()) continue;
            String[] words = c.text().split(" ", 2);
            if (words.length < 2 || !command.test(words[1].toUpperCase(Locale.ROOT))) continue;
            for (ConsoleLine s : lines.subList(i + 1, lines.size())) {
                if (s.fromServer() && s.text().startsWith(words[0] + " ")) {
                    if (s.text().substring(words[0].length() + 1).regionMatches(true, 0, "OK", 0, 2)) return true;
                    break;
                }
            }
        }
        return false;
    }

    /** A POP3 command {@code verb} was answered {@code +OK}. */
    boolean pop3Ok(String verb, boolean insideTlsOnly) {
        return answered(verb, insideTlsOnly, reply -> reply.startsWith("+OK"));
    }

    /** An SMTP command {@code verb} got a final reply starting with {@code code}. */
    boolean smtpReply(String verb, String code) {
        return answered(verb, false, reply -> reply.startsWith(code));
    }

    boolean received(Pattern pattern) {
        return lines.stream().anyMatch(l -> l.fromServer() && pattern.matcher(l.text()).find());
    }

    boolean sent(Pattern pattern) {
        return lines.stream().anyMatch(l -> isClientLine(l) && pattern.matcher(l.text()).find());
    }

    /**
     * Told of an EXPUNGE it did not cause: the device learnt that another session removed a
     * message (RFC 3501 §7.4.1), because it sent no EXPUNGE or MOVE of its own.
     */
    boolean toldOfOthersExpunge() {
        return received(UNTAGGED_EXPUNGE) && !sent(Pattern.compile("^\\S+ (UID )?(EXPUNGE|MOVE)\\b", Pattern.CASE_INSENSITIVE));
    }

    /** In IDLE (after the server's "+"), the server pushed "* n EXISTS" before the client said DONE (RFC 2177 §3). */
    boolean pushedExistsWhileIdle() {
        boolean asked = false;
        boolean idling = false;
        for (ConsoleLine l : lines) {
            if (isClientLine(l)) {
                asked = IDLE.matcher(l.text()).matches();
                idling = false; // DONE, or any other line, ends it
            } else if (l.fromServer() && asked && l.text().startsWith("+")) {
                asked = false;
                idling = true;
            } else if (l.fromServer() && idling && UNTAGGED_EXISTS.matcher(l.text()).find()) {
                return true;
            }
        }
        return false;
    }

    private boolean answered(String verb, boolean insideTlsOnly, Predicate<String> reply) {
        for (int i = 0; i < lines.size(); i++) {
            ConsoleLine c = lines.get(i);
            if (!isClientLine(c) || insideTlsOnly && !c.insideTls()) continue;
            if (!c.text().strip().toUpperCase(Locale.ROOT).matches(Pattern.quote(verb) + "(\\s.*)?")) continue;
            for (ConsoleLine s : lines.subList(i + 1, lines.size())) {
                if (s.fromServer() && isFinalReply(s.text())) {
                    if (reply.test(s.text())) return true;
                    break;
                }
            }
        }
        return false;
    }

    /** POP3 status lines and SMTP replies; an SMTP "250-" line is not the last of its reply (RFC 5321 §4.2.1). */
    private boolean isFinalReply(String text) {
        if (service.protocol() != Protocol.SMTP) return true;
        return text.length() == 3 || text.length() > 3 && text.charAt(3) == ' ';
    }

    private static boolean isClientLine(ConsoleLine l) {
        return l.fromClient() && l.kind() == ConsoleLine.Kind.LINE;
    }
}
