package org.mailsim.smtp.command;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.mailsim.net.Reply;
import org.mailsim.sasl.PlainCredentials;
import org.mailsim.smtp.SmtpError;
import org.mailsim.smtp.SmtpReply;
import org.mailsim.smtp.SmtpSession;

/**
 * {@code AUTH mechanism [initial-response]} — RFC 4954 §4: SASL login on submission ports.
 * PLAIN (RFC 4616) sends {@code \0user\0password} in one response; LOGIN (a de-facto standard)
 * asks {@code 334 VXNlcm5hbWU6} ("Username:") and {@code 334 UGFzc3dvcmQ6} ("Password:").
 * Base64 hides nothing: without TLS the password is on the wire, hence 538 before STARTTLS.
 */
final class AuthCommand implements SmtpCommand {

    @Override
    public Reply execute(SmtpArguments arguments, SmtpSession session) {
        if (!session.role().requiresAuth()) throw SmtpError.bad(503, "5.5.1", "Error: authentication not enabled");
        if (!session.esmtp()) throw SmtpError.bad(503, "5.5.1", "Error: send EHLO first");
        if (session.authenticated().isPresent()) throw SmtpError.bad(503, "5.5.1", "Error: already authenticated"); // RFC 4954 §4
        if (!session.cleartextAuthAllowed()) {
            throw SmtpError.refused(538, "5.7.11", "Encryption required for requested authentication mechanism"); // RFC 4954 §6
        }
        String[] words = arguments.rest().split(" ");
        if (!arguments.hasArguments() || words.length > 2) throw SmtpError.syntax("AUTH mechanism [initial-response]");
        Optional<String> initial = words.length == 2 ? Optional.of(words[1]) : Optional.empty();
        return switch (words[0].toUpperCase(Locale.ROOT)) {
            case "PLAIN" -> initial.map(response -> plain(response, session)).orElseGet(() -> ask("", session, r -> plain(r, session)));
            case "LOGIN" -> initial.map(user -> askPassword(decode(user), session))
                    .orElseGet(() -> ask("Username:", session, r -> askPassword(decode(r), session)));
            default -> throw SmtpError.bad(504, "5.5.4", "Unrecognized authentication type"); // RFC 4954 §4
        };
    }

    /** RFC 4954 §4: a {@code 334} challenge (base64), the next line is the client's response. */
    private static Reply ask(String challenge, SmtpSession session, java.util.function.Function<String, Reply> next) {
        session.expectContinuation(response -> {
            if (response.equals("*")) throw SmtpError.bad(501, "5.7.0", "Authentication aborted"); // RFC 4954 §4
            return next.apply(response);
        });
        String encoded = Base64.getEncoder().encodeToString(challenge.getBytes(StandardCharsets.US_ASCII));
        return Reply.lines("334 " + encoded);
    }

    private static Reply plain(String response, SmtpSession session) {
        if (response.equals("*")) throw SmtpError.bad(501, "5.7.0", "Authentication aborted");
        PlainCredentials credentials = PlainCredentials.decode(response)
                .orElseThrow(() -> SmtpError.bad(501, "5.5.2", "Cannot decode response"));
        if (!credentials.actsAsSelf()) throw session.authenticationFailed();
        return login(credentials.user(), credentials.password(), session);
    }

    private static Reply askPassword(String user, SmtpSession session) {
        return ask("Password:", session, password -> login(user, decode(password), session));
    }

    private static Reply login(String user, String password, SmtpSession session) {
        var account = session.store().authenticate(user, password).orElseThrow(session::authenticationFailed);
        session.authenticated(account);
        return SmtpReply.of(235, "2.7.0", "Authentication successful").reply();
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64.equals("=") ? "" : base64.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw SmtpError.bad(501, "5.5.2", "Cannot decode response");
        }
    }
}
