package org.mailsim.scenario.device.pop3;

import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.mailsim.net.Security;
import org.mailsim.scenario.TlsPolicy;
import org.mailsim.scenario.device.AppContext;
import org.mailsim.scenario.device.smtp.SaslPlain;

/**
 * How the app opens a session, as Thunderbird does: connect, greeting, {@code CAPA} (RFC 2449
 * §5); on a STARTTLS account {@code STLS} and {@code CAPA} again (RFC 2595 §4: capabilities may
 * change under TLS); then log in. The app uses {@code AUTH PLAIN} with an initial response
 * (RFC 5034 §4, RFC 4616) when CAPA lists {@code SASL PLAIN}, like Thunderbird, and falls back to
 * {@code USER}/{@code PASS} (RFC 1939 §7) otherwise. Either way the password crosses the wire as
 * is, which is why it must be under TLS.
 */
final class Pop3Login {

    private Pop3Login() {
    }

    /** A client in the TRANSACTION state, or the reason why not; the connection is closed on failure. */
    static Pop3Client open(AppContext context, boolean userTrustsCertificate) throws IOException, Pop3Trouble {
        Pop3Client pop = Pop3Client.connect(context, userTrustsCertificate);
        try {
            Pop3Status greeting = pop.status();
            if (!greeting.ok()) throw Pop3Trouble.refused("the connection", greeting);
            Set<String> capabilities = capabilities(pop);
            if (context.device().security() == Security.STARTTLS) {
                if (capabilities.contains("STLS")) {
                    Pop3Status stls = pop.command("STLS");                            // RFC 2595 §4
                    if (!stls.ok()) throw Pop3Trouble.refused("STLS", stls);
                    pop.startTls(context.tls(userTrustsCertificate));
                    capabilities = capabilities(pop);                                 // RFC 2595 §4: ask again under TLS
                } else if (context.device().settings().tlsPolicy() == TlsPolicy.REQUIRE) {
                    throw Pop3Trouble.stlsMissing();
                }
            }
            logIn(pop, context, capabilities);
            return pop;
        } catch (IOException | Pop3Trouble | RuntimeException e) {
            pop.close();
            throw e;
        }
    }

    private static void logIn(Pop3Client pop, AppContext context, Set<String> capabilities) throws IOException, Pop3Trouble {
        if (capabilities.contains("SASL PLAIN")) {
            String response = SaslPlain.initialResponse(context.account().login(), context.password());
            Pop3Status auth = pop.command("AUTH PLAIN " + response);                   // RFC 5034 §4: initial response
            if (!auth.ok()) throw Pop3Trouble.login(auth, false);
            return;
        }
        Pop3Status user = pop.command("USER " + context.account().login());          // RFC 1939 §7
        if (!user.ok()) throw Pop3Trouble.login(user, true);
        Pop3Status pass = pop.command("PASS " + context.password());
        if (!pass.ok()) throw Pop3Trouble.login(pass, false);
    }

    /** CAPA's lines in upper case; empty when the server does not know CAPA (RFC 2449 §5: old servers). */
    private static Set<String> capabilities(Pop3Client pop) throws IOException {
        Set<String> capabilities = new HashSet<>();
        if (!pop.command("CAPA").ok()) return capabilities;
        for (String line : pop.lines()) {
            String upper = line.toUpperCase(Locale.ROOT);
            capabilities.add(upper.split(" ", 2)[0]);
            if (upper.startsWith("SASL ")) for (String mechanism : upper.substring(5).split(" ")) capabilities.add("SASL " + mechanism);
        }
        return capabilities;
    }
}
