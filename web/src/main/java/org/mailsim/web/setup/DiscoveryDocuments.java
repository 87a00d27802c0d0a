package org.mailsim.web.setup;

import java.util.function.Supplier;

import io.javalin.http.Context;
import org.mailsim.live.LiveServerInfo;
import org.mailsim.setup.Autoconfig;
import org.mailsim.setup.Autodiscover;
import org.mailsim.setup.CertificateFiles;
import org.mailsim.setup.MailServerSettings;

/** The documents mail apps fetch on their own: Mozilla autoconfig, Outlook Autodiscover, the DER certificate. */
final class DiscoveryDocuments {
    private final Supplier<LiveServerInfo> server;

    DiscoveryDocuments(Supplier<LiveServerInfo> server) {
        this.server = server;
    }

    /**
     * {@code GET /.well-known/autoconfig/mail/config-v1.1.xml} and
     * {@code GET /mail/config-v1.1.xml?emailaddress=…}: one file for the whole domain; an address
     * of another domain gets 404, as a provider that does not host it would answer.
     */
    void autoconfig(Context ctx) {
        MailServerSettings settings = MailServerSettings.of(server.get());
        String address = ctx.queryParam("emailaddress");
        if (address != null && !settings.isOwnAddress(address)) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("mailsim serves only @" + settings.domain() + " addresses.\n");
            return;
        }
        ctx.contentType("application/xml; charset=utf-8").result(Autoconfig.xml(settings));
    }

    /** {@code POST /autodiscover/autodiscover.xml}: Outlook's request in, its settings (or an Error element) out. */
    void autodiscover(Context ctx) {
        MailServerSettings settings = MailServerSettings.of(server.get());
        ctx.contentType("text/xml; charset=utf-8").result(Autodiscover.answer(settings, ctx.bodyAsBytes()));
    }

    /** A browser's GET: Outlook only POSTs here, so say how to try it. */
    void autodiscoverByGet(Context ctx) {
        ctx.status(405).header("Allow", "POST").contentType("text/plain; charset=utf-8")
                .result("Outlook POSTs its address here in an Autodiscover request; a browser's GET gets nothing.\n"
                        + "Try: curl -d @request.xml " + ctx.fullUrl() + "   (see /setup/how-apps-find-servers)\n");
    }

    /** {@code GET /certificate.der}: the certificate in binary DER, the form Android's "Install a certificate" and Windows read. */
    void certificateDer(Context ctx) {
        ctx.contentType("application/x-x509-ca-cert");
        ctx.header("Content-Disposition", "attachment; filename=\"mailsim.cer\"");
        ctx.result(CertificateFiles.der(server.get().certificatePem()));
    }
}
