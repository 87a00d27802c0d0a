package org.mailsim.lab;

import org.mailsim.net.Protocol;
import org.mailsim.net.Security;
import org.mailsim.net.ServicePort;

/**
 * The hint line under a pane's console: where the connection is (the state in the RFC's words)
 * and what to try next, with the exact line to type. The demo account is alice / alice.
 */
final class Hints {
    /** SASL PLAIN (RFC 4616 §2) for alice / alice: base64 of NUL "alice" NUL "alice". */
    static final String PLAIN_ALICE = "AGFsaWNlAGFsaWNl";

    private Hints() { }

    static String notConnected() {
        return "Not connected: pick a connection and press Connect.";
    }

    /**
     * @param state  the server's state name for this connection
     * @param tls    TLS is on
     * @param tag    the tag to suggest for the next IMAP command
     */
    static String of(ServicePort service, String state, boolean tls, ClientView view, String tag) {
        if (view.literalLeft() > 0) {
            return "The server waits for the literal: " + view.literalLeft() + " more bytes. Type them; Shift+Enter starts"
                    + " a new line, and each line end counts 2 bytes (CR LF).";
        }
        if (view.awaitingSasl()) {
            return "The server waits for your SASL response. For PLAIN, the base64 of NUL alice NUL alice: “" + PLAIN_ALICE + "”.";
        }
        return switch (service.protocol()) {
            case IMAP -> imap(service, state, tls, view, tag);
            case POP3 -> pop3(service, state, tls, view);
            case SMTP -> smtp(service, state, tls, view);
        };
    }

    private static String imap(ServicePort service, String state, boolean tls, ClientView view, String tag) {
        String where = "You are in the " + state + " state";
        return switch (state) {
            case "NOT AUTHENTICATED" -> cleartextBeforeTls(service, tls)
                    ? where + ", in cleartext: the server refuses passwords until TLS is on (LOGINDISABLED). Try “" + tag
                      + " CAPABILITY”, then “" + tag + " STARTTLS”."
                    : where + ", under TLS: log in with “" + tag + " LOGIN alice alice”.";
            case "AUTHENTICATED" -> where + ": try “" + tag + " SELECT INBOX”, or “" + tag + " LIST \"\" \"*\"” to see the folders.";
            case "SELECTED" -> where + " (" + view.selected() + "): try “" + tag + " FETCH 1:* (FLAGS ENVELOPE)”, “" + tag
                    + " SEARCH UNSEEN”, “" + tag + " STORE 1 +FLAGS (\\Deleted)” then “" + tag + " EXPUNGE”, or “" + tag + " IDLE”.";
            case "IDLE" -> "You are IDLE (RFC 2177): the server tells this device of changes as they happen; change something"
                    + " on the other device and watch. Type “DONE” to end IDLE.";
            default -> where + ".";
        };
    }

    private static String pop3(ServicePort service, String state, boolean tls, ClientView view) {
        String where = "You are in the " + state + " state";
        return switch (state) {
            case "AUTHORIZATION" -> cleartextBeforeTls(service, tls)
                    ? where + ", in cleartext: the server refuses passwords until TLS is on. Try “CAPA”, then “STLS”."
                    : view.pop3UserGiven() ? where + ": now “PASS alice”."
                    : where + ", under TLS: “USER alice”, then “PASS alice”.";
            case "TRANSACTION" -> where + ": the maildrop is locked for you. Try “STAT”, “LIST”, “UIDL”, “RETR 1”, “DELE 1”;"
                    + " “QUIT” makes the deletions happen (the UPDATE state).";
            default -> where + ".";
        };
    }

    private static String smtp(ServicePort service, String state, boolean tls, ClientView view) {
        boolean submission = service != ServicePort.SMTP;
        return switch (state) {
            case "INITIAL" -> "Say hello first: “EHLO laptop.example”" + (tls ? " (again after STARTTLS: RFC 3207 §4.2)." : ".");
            case "READY" -> {
                if (submission && !tls) yield "Port 587 wants TLS before a password: “STARTTLS”.";
                if (submission && !view.loggedIn()) yield "Log in: “AUTH PLAIN " + PLAIN_ALICE + "” (base64 of NUL alice NUL alice).";
                if (submission) yield "Start a message: “MAIL FROM:<alice@mailsim.test>”.";
                yield "Port 25 takes mail for this server's own domain from anyone, with no login: “MAIL FROM:<someone@example.org>”."
                        + (tls ? "" : " (STARTTLS is offered too.)");
            }
            case "MAIL" -> "Name a recipient: “RCPT TO:<bob@mailsim.test>” (one line per recipient).";
            case "RCPT" -> "Another “RCPT TO:<…>”, or “DATA” to write the message.";
            case "DATA" -> "Type the message: header lines (“Subject: Hello”), an empty line, the body, and end with a line"
                    + " holding only “.”. Shift+Enter starts a new line, or send line by line.";
            default -> "You are in the " + state + " state.";
        };
    }

    /** A STARTTLS-capable port before the upgrade: passwords are refused (RFC 3501 §6.2.3, RFC 2595 §2.2, RFC 6409). */
    private static boolean cleartextBeforeTls(ServicePort service, boolean tls) {
        return !tls && service.security() == Security.STARTTLS && service.protocol() != Protocol.SMTP;
    }
}
