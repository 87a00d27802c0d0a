package org.mailsim.scenario.device.imap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.mailsim.scenario.device.AppContext;

/**
 * Logging in as modern apps do: {@code AUTHENTICATE PLAIN} with the credentials in the first
 * line when the server offers SASL-IR (RFC 4959) and AUTH=PLAIN (RFC 4616), else {@code LOGIN}
 * with quoted strings (RFC 3501 §6.2.3). A server saying LOGINDISABLED gets no password at all.
 */
final class Login {
    private Login() { }

    /** Logs in; returns the capabilities the server now offers (they change after login). */
    static Capabilities logIn(ImapClient client, Capabilities before, AppContext ctx) throws IOException, AppProblem {
        String user = ctx.account().login();
        String password = ctx.password();
        boolean plainIr = before.has("SASL-IR") && before.has("AUTH=PLAIN");
        if (!plainIr && before.has("LOGINDISABLED")) throw new AppProblem(Notices.LOGIN_DISABLED); // RFC 3501 §6.2.3
        Completion done = plainIr
                ? client.run("AUTHENTICATE PLAIN " + plain(user, password)) // RFC 4959 §3 initial response
                : client.run(loginCommand(user, password));
        if (!done.ok()) {
            throw new AppProblem(switch (done.tagged().codeName()) {
                case "AUTHENTICATIONFAILED" -> Notices.LOGIN_FAILED;  // RFC 5530 §3
                case "PRIVACYREQUIRED" -> Notices.PRIVACY_REQUIRED;   // RFC 5530 §3
                default -> Notices.LOGIN_REFUSED;
            });
        }
        var after = Capabilities.from(done);
        if (after.isPresent()) return after.get();
        return Capabilities.from(client.run("CAPABILITY")).orElse(Capabilities.NONE);
    }

    /** RFC 3501 §6.2.3: LOGIN userid password, each a quoted string, or a literal when it cannot be quoted. */
    private static List<Object> loginCommand(String user, String password) {
        List<Object> parts = new ArrayList<>(List.of("LOGIN "));
        parts.addAll(Strings.string(user));
        parts.add(" ");
        parts.addAll(Strings.string(password));
        return parts;
    }

    /** RFC 4616 §2: authzid NUL authcid NUL passwd, here with an empty authzid, in base64. */
    private static String plain(String user, String password) {
        byte[] message = ("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(message);
    }
}
