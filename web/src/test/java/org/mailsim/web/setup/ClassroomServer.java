package org.mailsim.web.setup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import io.javalin.Javalin;
import org.mailsim.live.LiveServer;
import org.mailsim.live.LiveServerOptions;
import org.mailsim.net.ServicePort;
import org.mailsim.net.TransportLimits;
import org.mailsim.setup.ClassAccounts;
import org.mailsim.store.DemoMail;
import org.mailsim.store.MailStore;
import org.mailsim.web.WebApp;

/**
 * What {@code serve --listen 0.0.0.0 --hostname 192.168.1.20 --accounts 3} runs, on free ports.
 * The mail listeners bind every interface as in a classroom, but no test connects to them:
 * tests only read the web app, on loopback.
 */
final class ClassroomServer implements AutoCloseable {
    static final String HOST = "192.168.1.20";
    final Path dataDir;
    final LiveServer live;
    final Javalin web;
    final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    ClassroomServer() throws Exception {
        dataDir = Files.createTempDirectory("mailsim-setup");
        Map<ServicePort, Integer> ports = new EnumMap<>(ServicePort.class);
        for (ServicePort p : ServicePort.values()) ports.put(p, 0);
        MailStore store = MailStore.live(Clock.systemUTC());
        DemoMail.seed(store);
        ClassAccounts.addTo(store, ClassAccounts.loadOrCreate(dataDir, 3));
        live = LiveServer.start(new LiveServerOptions("0.0.0.0", HOST, dataDir, ports, false, TransportLimits.DEFAULTS), store);
        web = WebApp.create(WebApp.Parts.of(live::info).withLive(live.monitor())).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + web.port();
    }

    HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() throws Exception {
        web.stop();
        live.close();
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
