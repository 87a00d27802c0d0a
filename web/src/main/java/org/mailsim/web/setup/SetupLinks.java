package org.mailsim.web.setup;

import io.javalin.http.Context;
import org.mailsim.setup.MailServerSettings;

/** Where a device finds its setup page, and whether a request comes from this computer. */
final class SetupLinks {
    private SetupLinks() { }

    /**
     * {@code http://<server name>:<web port>/setup/<login>}: the name the certificate names, so
     * the phone reaches the same machine its mail settings point to. No password in it: see
     * {@link DeviceSetupPage}.
     */
    static String setupUrl(MailServerSettings settings, Context ctx, String login) {
        return base(settings, ctx) + "/setup/" + login;
    }

    static String base(MailServerSettings settings, Context ctx) {
        return "http://" + settings.urlHost() + ":" + ctx.req().getLocalPort();
    }

    /** The cards with every password are for the instructor's screen and printer only. */
    static boolean fromThisComputer(Context ctx) {
        return org.mailsim.web.LocalRequests.fromThisComputer(ctx);
    }
}
