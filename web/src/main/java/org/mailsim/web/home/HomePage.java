package org.mailsim.web.home;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import io.javalin.http.Context;
import org.mailsim.live.LiveServerInfo;
import org.mailsim.live.PortBinding;
import org.mailsim.scenario.Scenario;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.Templates;
import org.mailsim.web.Version;
import org.mailsim.web.catalog.CatalogList;

/**
 * {@code GET /}: what mailsim is, a path for a newcomer (three scenarios, then a quiz), the lab
 * console, the scenario catalog with its filter, and how to reach the live server and watch it.
 */
public final class HomePage {
    /**
     * Where a newcomer starts, in order: IMAP keeps mail on the server and in sync, POP3 moves it
     * to one device, SMTP is what sends. The three ideas every later scenario builds on (A+ 2.1).
     */
    static final List<String> START_HERE = List.of("imap-phone-and-laptop", "pop3-delete-after-download", "imap-cannot-send");

    private final Templates templates;
    private final Function<Context, Optional<Object>> classroom;
    private final Supplier<LiveServerInfo> server;
    private final ScenarioLibrary scenarios;

    public HomePage(Templates templates, Supplier<LiveServerInfo> server, ScenarioLibrary scenarios) {
        this(templates, server, scenarios, ctx -> Optional.empty());
    }

    /** @param classroom  a joined student's class panel (their assignments with status), or empty */
    public HomePage(Templates templates, Supplier<LiveServerInfo> server, ScenarioLibrary scenarios, Function<Context, Optional<Object>> classroom) {
        this.classroom = classroom;
        this.templates = templates;
        this.server = server;
        this.scenarios = scenarios;
    }

    /** One scenario of the newcomer's path. */
    record StartStep(int number, String href, String title, String summary) { }

    /** One row of the ports table. */
    record PortRow(String service, String protocol, int realPort, int livePort, String security, String description,
                   boolean plaintextLoginAllowed) { }

    /** One demo account. */
    public record AccountRow(String login, String password, String address) { }

    record HomeView(String version, String hostname, String listenAddress, List<PortRow> ports,
                    List<AccountRow> accounts, String fingerprint, List<StartStep> startHere, CatalogList catalog) { }

    public void show(Context ctx) {
        LiveServerInfo info = server.get();
        List<PortRow> ports = info.ports().stream().map(HomePage::row).toList();
        List<AccountRow> accounts = info.accounts().stream()
                .map(a -> new AccountRow(a.login(), a.password(), a.address())).toList();
        List<Scenario> all = scenarios.current().scenarios();
        HomeView view = new HomeView(Version.current(), info.hostname(), info.listenAddress(), ports, accounts,
                info.certificateFingerprint(), startHere(all), CatalogList.of(all, CatalogList.Filter.NONE));
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("view", view);
        model.put("classroom", classroom.apply(ctx).orElse(null));
        ctx.html(templates.render("home/home", model));
    }

    public void certificate(Context ctx) {
        ctx.contentType("application/x-pem-file");
        ctx.header("Content-Disposition", "attachment; filename=\"mailsim.crt\"");
        ctx.result(server.get().certificatePem());
    }

    /** The path's scenarios that are in the catalog, in the path's order, numbered. */
    private static List<StartStep> startHere(List<Scenario> all) {
        List<StartStep> steps = new java.util.ArrayList<>();
        for (String id : START_HERE) {
            all.stream().filter(s -> s.id().equals(id)).findFirst().ifPresent(s ->
                    steps.add(new StartStep(steps.size() + 1, "/scenarios/" + id, s.title(), s.summary())));
        }
        return steps;
    }

    private static PortRow row(PortBinding binding) {
        var service = binding.service();
        return new PortRow(service.ianaName(), service.protocol().name(), service.port(), binding.boundPort(),
                service.security().label(), service.description(), binding.plaintextLoginAllowed());
    }
}
