package org.mailsim.scenario.device.pop3;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mailsim.scenario.device.AppContext;
import org.mailsim.scenario.device.TypedSession;
import org.mailsim.scenario.device.smtp.ConnectionTrouble;

/**
 * The learner's own POP3 session on the app's connection: each typed line goes out as is, and
 * the whole answer comes back as received (byte-stuffing included). No automatic login: the
 * learner types USER and PASS, or STLS first. The session stays open until QUIT, going offline,
 * or the server closing it.
 */
final class TypedPop3 implements TypedSession {

    private Pop3Client session;
    private boolean saslContinues;

    @Override
    public boolean isOpen() {
        return session != null;
    }

    @Override
    public String describe() {
        return session == null ? "not connected" : session.describe();
    }

    @Override
    public List<String> type(AppContext context, boolean userTrustsCertificate, String line) {
        List<String> answer = new ArrayList<>();
        drain(); // a session the server closed meanwhile (autologout, RFC 1939 §3) is opened afresh
        try {
            if (session == null) {
                session = Pop3Client.connect(context, userTrustsCertificate);
                answer.add(session.readLine());                                       // RFC 1939 §4: the greeting
            }
            session.send(line);
            String status = session.readLine();
            answer.add(status);
            String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
            boolean continuation = saslContinues;
            saslContinues = status.startsWith("+ ");                                  // RFC 5034 §4: server challenge
            if (!continuation && status.startsWith("+OK") && multiLine(verb, line)) {
                String next;
                do {
                    next = session.readLine();
                    answer.add(next);
                } while (!next.equals("."));                                         // RFC 1939 §3: the lone dot
            }
            if (!continuation && verb.equals("STLS") && status.startsWith("+OK")) {
                session.startTls(context.tls(userTrustsCertificate));                // RFC 2595 §4
            }
            if (!continuation && verb.equals("QUIT")) drop();
        } catch (IOException e) {
            answer.add(ConnectionTrouble.explain(e, "the mail server", context.device().settings().serverName(), context.device().port(), context.device().security()));
            drop();
        }
        return answer;
    }

    /** RFC 1939 §5, §7, RFC 2449 §5, RFC 5034 §4: the commands whose positive answer has more lines. */
    private static boolean multiLine(String verb, String line) {
        boolean noArgument = !line.trim().contains(" ");
        return switch (verb) {
            case "RETR", "TOP", "CAPA" -> true;
            case "LIST", "UIDL", "AUTH" -> noArgument;
            default -> false;
        };
    }

    /** Says QUIT if a session is open, so the server enters UPDATE (RFC 1939 §6). */
    @Override
    public List<String> quit(AppContext context, boolean userTrustsCertificate) {
        return session == null ? List.of() : type(context, userTrustsCertificate, "QUIT");
    }

    /** Reads what the server sent unasked; forgets the session if the server has closed it. */
    @Override
    public void drain() {
        if (session == null) return;
        try {
            if (!session.drain()) drop();
        } catch (IOException e) {
            drop();
        }
    }

    /** Drops the connection without QUIT: the server never enters UPDATE, nothing is deleted (RFC 1939 §6). */
    @Override
    public void drop() {
        if (session == null) return;
        try {
            session.abort(); // the network vanished: the server hears nothing, not even a TLS goodbye
        } catch (IOException e) {
            // Already gone: there is nothing left to drop.
        }
        session = null;
        saslContinues = false;
    }
}
