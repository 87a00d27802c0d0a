package org.mailsim.imap.command;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.sasl.PlainCredentials;

/**
 * RFC 3501 §6.2.2 AUTHENTICATE: a SASL exchange (RFC 4422) of continuation requests
 * {@code + base64} and client lines in base64; a client line {@code *} cancels it with BAD.
 * Mechanisms: PLAIN (RFC 4616) and LOGIN (the old Outlook one, still common). An initial
 * response may follow the mechanism name (RFC 4959 SASL-IR).
 * <pre>authenticate = "AUTHENTICATE" SP auth-type [SP (base64 / "=")] *(CRLF base64)</pre>
 * Each step of the exchange is a {@link Outcome.Continuation}, an explicit session state.
 */
final class AuthenticateCommand implements ImapCommand<AuthenticateCommand.Request> {
    private static final String USERNAME_PROMPT = b64("Username:");
    private static final String PASSWORD_PROMPT = b64("Password:");

    /** @param initialResponse the SASL-IR initial response (RFC 4959), or null */
    record Request(String mechanism, String initialResponse) {
        Request {
            mechanism = mechanism.toUpperCase(Locale.ROOT);
        }
    }

    @Override
    public Request parse(ImapReader args) {
        args.sp();
        String mechanism = args.atom();
        String initial = args.trySp() ? args.atom() : null;
        args.end();
        return new Request(mechanism, initial);
    }

    @Override
    public Outcome execute(Request request, ImapContext session, Responses out) {
        Authentication.requirePrivacy(session);
        String initial = request.initialResponse();
        return switch (request.mechanism()) {
            case "PLAIN" -> initial != null ? plain(initial, session, out) : new Outcome.Continue("", (line, s, o) -> plain(line, s, o));
            case "LOGIN" -> initial != null ? loginPassword(decode(initial)) : new Outcome.Continue(USERNAME_PROMPT, (line, s, o) -> {
                if (line.equals("*")) return cancelled();
                return loginPassword(decode(line));
            });
            default -> Completion.no(null, "Unsupported authentication mechanism");
        };
    }

    /** RFC 4616 §2: message = [authzid] NUL authcid NUL passwd. */
    private static Completion plain(String line, ImapContext session, Responses out) {
        if (line.equals("*")) return cancelled(); // RFC 3501 §6.2.2
        PlainCredentials credentials = PlainCredentials.parse(decode(line)).orElse(null);
        if (credentials == null) return Completion.bad("Invalid PLAIN authentication data");
        // Acting as another user (authzid) is not supported: only empty or oneself.
        if (!credentials.actsAsSelf()) return Completion.no("AUTHENTICATIONFAILED", Authentication.FAILED_TEXT);
        return Authentication.attempt(session, credentials.user(), credentials.password(), out);
    }

    private static Outcome loginPassword(String user) {
        return new Outcome.Continue(PASSWORD_PROMPT, (line, session, out) -> {
            if (line.equals("*")) return cancelled();
            return Authentication.attempt(session, user, decode(line), out);
        });
    }

    private static Completion cancelled() {
        return Completion.bad("Authentication aborted by client");
    }

    /** RFC 4959 §3: "=" is an empty initial response. */
    private static String decode(String base64) {
        if (base64.equals("=")) return "";
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ImapException.bad("Invalid base64 data");
        }
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}
