package org.mailsim.pop3.command;

import java.util.List;
import java.util.Locale;

import org.mailsim.net.Reply;
import org.mailsim.sasl.PlainCredentials;
import org.mailsim.pop3.Pop3Error;
import org.mailsim.pop3.Pop3Reply;
import org.mailsim.pop3.Pop3Session;

/**
 * {@code AUTH mechanism [initial-response]} — RFC 5034 §4: SASL login. Only PLAIN (RFC 4616) is
 * offered. Without an initial response the server sends {@code + } and reads the response on
 * the next line; a response of {@code *} cancels. A bare {@code AUTH} lists the mechanisms, as
 * most servers do for older clients.
 */
final class AuthCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3Arguments arguments, Pop3Session session) {
        if (arguments.count() == 0) return Pop3Reply.multiLine("SASL mechanisms follow", List.of("PLAIN"));
        if (!session.cleartextAuthAllowed()) throw CleartextRule.refusal();
        if (!arguments.get(0).toUpperCase(Locale.ROOT).equals("PLAIN")) {
            throw Pop3Error.bad("unsupported authentication mechanism, PLAIN is offered");
        }
        if (arguments.count() == 2) return complete(arguments.get(1), session);
        session.expectContinuation(response -> complete(response, session));
        return Reply.lines("+ "); // RFC 5034 §4: an empty challenge
    }

    private static Reply complete(String response, Pop3Session session) {
        if (response.equals("*")) throw Pop3Error.refused("authentication cancelled"); // RFC 5034 §4
        PlainCredentials credentials = PlainCredentials.decode(response)
                .orElseThrow(() -> Pop3Error.bad("[AUTH] malformed SASL PLAIN response"));
        if (!credentials.actsAsSelf()) throw session.authenticationFailed();
        return session.store().authenticate(credentials.user(), credentials.password())
                .map(session::enterTransaction)
                .orElseThrow(session::authenticationFailed);
    }
}
