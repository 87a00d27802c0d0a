package org.mailsim.web.setup;

import java.util.function.Supplier;

import io.javalin.config.RoutesConfig;
import org.mailsim.live.LiveServerInfo;
import org.mailsim.web.ErrorPages;
import org.mailsim.web.Templates;

/** Every route of device setup, registered in one place. */
public final class SetupRoutes {
    /** Outlook tries the path in these spellings (web servers on Windows ignore case; Jetty does not). */
    static final java.util.List<String> AUTODISCOVER_PATHS = java.util.List.of(
            "/autodiscover/autodiscover.xml", "/Autodiscover/Autodiscover.xml", "/AutoDiscover/AutoDiscover.xml");

    private final AccountCardsPage cards;
    private final DeviceSetupPage device;
    private final DiscoveryDocuments discovery;
    private final DiscoveryLessonPage lesson;

    public SetupRoutes(Templates templates, ErrorPages errors, Supplier<LiveServerInfo> server) {
        this.cards = new AccountCardsPage(templates, errors, server);
        this.device = new DeviceSetupPage(templates, errors, server);
        this.discovery = new DiscoveryDocuments(server);
        this.lesson = new DiscoveryLessonPage(templates, server);
    }

    public void routes(RoutesConfig routes) {
        routes.get("/setup/accounts", cards::show);                 // before /setup/{login}
        routes.get("/setup/how-apps-find-servers", lesson::show);
        routes.get("/setup/{login}", device::show);
        routes.get("/setup/{login}/qr.png", cards::qr);
        routes.get("/setup/{login}/mailsim.mobileconfig", device::profile);
        routes.get("/certificate.der", discovery::certificateDer);
        routes.get("/.well-known/autoconfig/mail/config-v1.1.xml", discovery::autoconfig);
        routes.get("/mail/config-v1.1.xml", discovery::autoconfig);
        for (String path : AUTODISCOVER_PATHS) {
            routes.post(path, discovery::autodiscover);
            routes.get(path, discovery::autodiscoverByGet);
        }
    }
}
