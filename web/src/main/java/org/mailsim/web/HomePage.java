package org.mailsim.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.javalin.http.Context;
import org.mailsim.live.LiveServerInfo;
import org.mailsim.live.PortBinding;

/** {@code GET /}: what mailsim is, and how to reach the live server. */
final class HomePage {
    private final Templates templates;
    private final Supplier<LiveServerInfo> server;

    HomePage(Templates templates, Supplier<LiveServerInfo> server) {
        this.templates = templates;
        this.server = server;
    }

    /** One row of the ports table. */
    record PortRow(String service, String protocol, int realPort, int livePort, String security, String description,
                   boolean plaintextLoginAllowed) { }

    /** One demo account. */
    record AccountRow(String login, String password, String address) { }

    record HomeView(String version, String hostname, String listenAddress, List<PortRow> ports,
                    List<AccountRow> accounts, String fingerprint) { }

    void show(Context ctx) {
        LiveServerInfo info = server.get();
        List<PortRow> ports = info.ports().stream().map(HomePage::row).toList();
        List<AccountRow> accounts = info.accounts().stream()
                .map(a -> new AccountRow(a.login(), a.password(), a.address())).toList();
        HomeView view = new HomeView(Version.current(), info.hostname(), info.listenAddress(), ports, accounts,
                info.certificateFingerprint());
        ctx.html(templates.render("home", Map.of("view", view)));
    }

    void certificate(Context ctx) {
        ctx.contentType("application/x-pem-file");
        ctx.header("Content-Disposition", "attachment; filename=\"mailsim.crt\"");
        ctx.result(server.get().certificatePem());
    }

    private static PortRow row(PortBinding binding) {
        var service = binding.service();
        return new PortRow(service.ianaName(), service.protocol().name(), service.port(), binding.boundPort(),
                service.security().label(), service.description(), binding.plaintextLoginAllowed());
    }
}
