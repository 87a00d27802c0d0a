package org.mailsim.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

import io.javalin.Javalin;
import org.mailsim.classroom.ClassroomDatabase;
import org.mailsim.classroom.ClassroomStore;
import org.mailsim.classroom.StudentMailAccounts;
import org.mailsim.lab.LabLimits;
import org.mailsim.live.LiveServer;
import org.mailsim.live.LiveServerOptions;
import org.mailsim.net.ServicePort;
import org.mailsim.net.TransportLimits;
import org.mailsim.scenario.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mailsim serve}: the web UI and the live mail server, until Ctrl+C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the web UI and the live mail server (IMAP, POP3, SMTP with real TLS) with the demo accounts.",
                "Stand-in ports above 1024 are used by default so no administrator rights are needed."})
public final class ServeCommand implements Callable<Integer> {
    /** About 65 KB each once used (docs/benchmarks.md, the lab): 5000 is some 330 MB of heap. */
    static final int MOST_LAB_SANDBOXES = 5000;
    static final int MOST_LAB_IDLE_MINUTES = 24 * 60;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--web-port", defaultValue = "8080", description = "Port of the web UI (default: ${DEFAULT-VALUE}).")
    int webPort;

    @Option(names = "--listen", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "Address the mail listeners and web UI bind to (default: ${DEFAULT-VALUE}; 0.0.0.0 lets other devices connect).")
    String listen;

    @Option(names = "--hostname", defaultValue = "localhost", paramLabel = "NAME",
            description = "The server's name, put into its certificate and greetings (default: ${DEFAULT-VALUE}).")
    String hostname;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the certificate is kept (default: ~/.mailsim).")
    Path dataDir = Path.of(System.getProperty("user.home"), ".mailsim");

    @Option(names = "--database", paramLabel = "JDBC-URL",
            description = "The classroom's database: jdbc:postgresql://HOST/DB?user=…&password=… to share one PostgreSQL between "
                    + "several mailsim instances (default: an embedded H2 file, classroom.mv.db, in --data-dir).")
    String database;

    @Option(names = "--scenarios", paramLabel = "DIR",
            description = "A folder of your own scenario files, shown beside the built-in ones and reloaded when they change.")
    Path scenarios;

    @Option(names = "--questions", paramLabel = "DIR",
            description = "A folder of your own question files, in quizzes beside the built-in bank and reloaded when they change.")
    Path questions;

    @Option(names = "--allow-plaintext-login",
            description = "Accept passwords on the plain IMAP and POP3 ports before STARTTLS (for tools and demos without TLS).")
    boolean allowPlaintextLogin;

    @Option(names = "--max-connections", defaultValue = "1000", paramLabel = "N",
            description = "Open mail connections allowed in total (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(names = "--max-connections-per-address", defaultValue = "500", paramLabel = "N",
            description = "Open mail connections allowed from one client address (default: ${DEFAULT-VALUE}).")
    int maxPerAddress;

    @Option(names = "--lab-max-sandboxes", paramLabel = "N",
            description = "Lab sandboxes alive at once, one per browser; when all are taken, a new visitor's replaces the one unused longest"
                    + " (default: ${DEFAULT-VALUE}; 1 to " + MOST_LAB_SANDBOXES + ").")
    int labMaxSandboxes = LabLimits.DEFAULTS.maxSandboxes();

    @Option(names = "--lab-idle-minutes", paramLabel = "N",
            description = "Minutes without a command after which a lab sandbox is dropped (default: ${DEFAULT-VALUE}; 1 to "
                    + MOST_LAB_IDLE_MINUTES + ").")
    int labIdleMinutes = (int) LabLimits.DEFAULTS.idleExpiry().toMinutes();

    @Option(names = "--accounts", defaultValue = "0", paramLabel = "N",
            description = "Class accounts student01 … studentNN @mailsim.test beside alice and bob, with passwords kept in the data dir;"
                    + " their cards, with a QR code each, are at /setup/accounts (default: ${DEFAULT-VALUE}; at most "
                    + org.mailsim.setup.ClassAccounts.MOST + ").")
    int accounts;

    @Option(names = "--imap-port", paramLabel = "PORT", description = "Stands for IMAP 143 (default: 1143).") Integer imapPort;
    @Option(names = "--imaps-port", paramLabel = "PORT", description = "Stands for IMAPS 993 (default: 1993).") Integer imapsPort;
    @Option(names = "--pop3-port", paramLabel = "PORT", description = "Stands for POP3 110 (default: 1110).") Integer pop3Port;
    @Option(names = "--pop3s-port", paramLabel = "PORT", description = "Stands for POP3S 995 (default: 1995).") Integer pop3sPort;
    @Option(names = "--smtp-port", paramLabel = "PORT", description = "Stands for SMTP 25 (default: 1025).") Integer smtpPort;
    @Option(names = "--submission-port", paramLabel = "PORT", description = "Stands for submission 587 (default: 1587).") Integer submissionPort;
    @Option(names = "--smtps-port", paramLabel = "PORT", description = "Stands for submissions 465 (default: 1465).") Integer smtpsPort;

    /**
     * Start, load the main pages once over HTTP, stop: the run that trains ./mailsim's start-up cache
     * for serve (scripts/java-env.sh), on ports the system picks and a data directory of its own.
     */
    @Option(names = "--training-run", hidden = true)
    boolean trainingRun;

    @Override
    public Integer call() throws Exception {
        if (trainingRun) return train();
        if (maxConnections < 1 || maxPerAddress < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-connections and --max-connections-per-address must be at least 1");
        }
        LabLimits lab = labLimits();
        TransportLimits limits = TransportLimits.DEFAULTS.withConnections(maxConnections, maxPerAddress);
        String classroomUrl = classroomUrl();
        Running running;
        try {
            running = start(listen, webPort, dataDir, ports(), limits, lab, classroomUrl);
        } catch (IllegalArgumentException e) { // not a database mailsim knows, before anything listens
            System.err.println("mailsim serve: " + e.getMessage());
            return 1;
        }
        try {
            await(running.classroom());
        } catch (IllegalStateException e) { // a database that cannot be opened: everything stops, saying why
            running.stop();
            System.err.println("mailsim serve: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping mailsim...");
            running.stop(); // every connected client gets its goodbye (IMAP * BYE, POP3 -ERR, SMTP 421)
            System.out.println("mailsim stopped.");
            stopped.countDown();
        }, "mailsim-shutdown"));
        printBanner(running.server(), lab, ClassroomDatabase.describe(classroomUrl));
        stopped.await();
        return 0;
    }

    /** What {@code serve} runs: the mail server, the web UI and the classroom's database (opening, or open). */
    record Running(LiveServer server, Javalin web, CompletableFuture<ClassroomStore> classroom, ScenarioLibrary library) {
        /** The mail server first (its clients get their goodbye), then the web UI, then the database once it is open. */
        void stop() {
            server.close();
            web.stop();
            classroom.thenAccept(ClassroomStore::close);
        }
    }

    /**
     * Starts the mail server and the web UI, and opens the classroom's database. The scenario files
     * are read on a thread of their own while the mail server starts. The database (H2 opening its
     * file or a PostgreSQL connection, then Flyway checking its migrations: a second of CPU in a cold
     * JVM, the longest part of start-up) opens once the web UI has served its home page, from the
     * warm-up or a first visitor: the pages a first visitor sees do not use it, and a page that does
     * waits for it (docs/benchmarks.md, "Start-up"). A database that cannot be opened stops mailsim,
     * saying why ({@link #call}); its future then holds the problem.
     */
    Running start(String address, int port, Path data, Map<ServicePort, Integer> mailPorts, TransportLimits limits, LabLimits lab,
                  String classroomUrl) throws java.io.IOException {
        ClassroomDatabase.requireSupported(classroomUrl);
        if (database == null) java.nio.file.Files.createDirectories(data);
        CompletableFuture<ScenarioLibrary> reading = CompletableFuture.supplyAsync(() -> new ScenarioLibrary(Optional.ofNullable(scenarios)),
                job -> new Thread(job, "read-scenarios").start());
        LiveServer server = LiveServer.start(new LiveServerOptions(address, hostname, data, mailPorts, allowPlaintextLogin, limits), store(data));
        var studentMail = new StudentMailAccounts(server.store());
        CompletableFuture<ClassroomStore> classroom = new CompletableFuture<>();
        ScenarioLibrary library;
        Javalin web;
        try {
            library = await(reading);
            web = WebApp.create(WebApp.Parts.of(server::info, library).withLive(server.monitor()).withQuestions(Optional.ofNullable(questions))
                    .withLab(lab).withClassroom(() -> await(classroom)).withStudentMail(studentMail).warmed());
            web.start(address, port);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        Thread.ofPlatform().name("open-classroom-database").start(() -> {
            homePageServed(web.port());
            try {
                ClassroomStore opened = ClassroomDatabase.open(classroomUrl);
                try {
                    studentMail.restore(opened); // the joined students' mail accounts: the mail store is in memory, the class database is not
                } catch (RuntimeException e) {
                    opened.close();
                    throw e;
                }
                classroom.complete(opened);
            } catch (Throwable e) { // whatever it is, nobody waits for ever
                classroom.completeExceptionally(e);
            }
        });
        return new Running(server, web, classroom, library);
    }

    /** Waits (at most 10 s) until the home page has been served once, from this machine's loopback. */
    private static void homePageServed(int port) {
        try {
            java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/")).timeout(Duration.ofSeconds(10)).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            // not listening on loopback (--listen elsewhere): open the database at once
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the other thread made, or what it threw. */
    private static <T> T await(CompletableFuture<T> made) {
        try {
            return made.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
    }

    /** The demo accounts and mail, and the class accounts of {@code --accounts}. */
    org.mailsim.store.MailStore store() {
        return store(dataDir);
    }

    org.mailsim.store.MailStore store(Path data) {
        if (accounts < 0 || accounts > org.mailsim.setup.ClassAccounts.MOST) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--accounts must be between 0 and " + org.mailsim.setup.ClassAccounts.MOST + " (it was " + accounts + ")");
        }
        var store = org.mailsim.store.MailStore.live(java.time.Clock.systemUTC());
        org.mailsim.store.DemoMail.seed(store);
        org.mailsim.setup.ClassAccounts.addTo(store, org.mailsim.setup.ClassAccounts.loadOrCreate(data, accounts));
        return store;
    }

    /** The classroom's database: {@code --database}, or the embedded H2 file in the data directory. */
    String classroomUrl() {
        return database != null ? database : ClassroomDatabase.embeddedUrl(dataDir);
    }

    private int train() throws Exception {
        Path data = java.nio.file.Files.createTempDirectory("mailsim-training");
        Map<ServicePort, Integer> anyPorts = new EnumMap<>(ServicePort.class);
        for (ServicePort p : ServicePort.values()) anyPorts.put(p, 0);
        // The same start as serve's, the embedded database included, so that the cache holds its classes too.
        Running running = start("127.0.0.1", 0, data, anyPorts, TransportLimits.DEFAULTS, LabLimits.DEFAULTS,
                ClassroomDatabase.embeddedUrl(data));
        await(running.classroom());
        var client = java.net.http.HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + running.web().port();
        String first = running.library().current().scenarios().get(0).id();
        for (String path : List.of("/", "/scenarios", "/scenarios/" + first + "/steps/2", "/scenarios/" + first + "/steps/2?present",
                "/lab", "/quiz", "/live", "/glossary", "/course", "/teach", "/join")) {
            client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        }
        client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/classes"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\": \"Training\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        trainLabSocket(client, running.web().port());
        running.stop();
        try (var files = java.nio.file.Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        return 0;
    }

    /** The lab's console as a browser opens it: its cookie from the page, then the socket, which makes the sandbox. */
    private static void trainLabSocket(java.net.http.HttpClient client, int port) throws Exception {
        var page = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/lab")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        String cookie = page.headers().firstValue("Set-Cookie").map(c -> c.substring(0, c.indexOf(';'))).orElse("");
        var answered = new java.util.concurrent.CompletableFuture<Void>();
        var socket = client.newWebSocketBuilder().header("Cookie", cookie)
                .buildAsync(java.net.URI.create("ws://127.0.0.1:" + port + "/lab/socket"), new java.net.http.WebSocket.Listener() {
                    @Override
                    public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket ws, CharSequence data, boolean last) {
                        answered.complete(null);
                        return java.net.http.WebSocket.Listener.super.onText(ws, data, last);
                    }
                }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        socket.sendText("{\"type\":\"hello\"}", true);
        answered.get(10, java.util.concurrent.TimeUnit.SECONDS);
        socket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "").get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** The lab's limits as the options set them; a value out of range is refused before anything starts. */
    LabLimits labLimits() {
        if (labMaxSandboxes < 1 || labMaxSandboxes > MOST_LAB_SANDBOXES) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--lab-max-sandboxes must be between 1 and " + MOST_LAB_SANDBOXES + " (it was " + labMaxSandboxes + ")");
        }
        if (labIdleMinutes < 1 || labIdleMinutes > MOST_LAB_IDLE_MINUTES) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--lab-idle-minutes must be between 1 and " + MOST_LAB_IDLE_MINUTES + " (a day; it was " + labIdleMinutes + ")");
        }
        return LabLimits.DEFAULTS.withMaxSandboxes(labMaxSandboxes).withIdleExpiry(Duration.ofMinutes(labIdleMinutes));
    }

    private Map<ServicePort, Integer> ports() {
        Map<ServicePort, Integer> ports = new EnumMap<>(ServicePort.class);
        for (ServicePort p : ServicePort.values()) ports.put(p, p.standInPort());
        put(ports, ServicePort.IMAP, imapPort);
        put(ports, ServicePort.IMAPS, imapsPort);
        put(ports, ServicePort.POP3, pop3Port);
        put(ports, ServicePort.POP3S, pop3sPort);
        put(ports, ServicePort.SMTP, smtpPort);
        put(ports, ServicePort.SUBMISSION, submissionPort);
        put(ports, ServicePort.SUBMISSIONS, smtpsPort);
        return ports;
    }

    private static void put(Map<ServicePort, Integer> ports, ServicePort service, Integer port) {
        if (port != null) ports.put(service, port);
    }

    private void printBanner(LiveServer server, LabLimits lab, String classroomDatabase) {
        var info = server.info();
        String webHost = listen.equals("0.0.0.0") ? "localhost" : listen;
        System.out.println();
        System.out.println("  mailsim " + Version.current());
        System.out.println("  Web UI:   http://" + webHost + ":" + webPort + "/");
        System.out.println("  Live:     http://" + webHost + ":" + webPort + "/live   (real clients as they talk)");
        System.out.println("  Lab:      http://" + webHost + ":" + webPort + "/lab   (type IMAP, POP3, SMTP yourself)");
        System.out.println("            up to " + lab.maxSandboxes() + " sandboxes, each dropped after "
                + lab.idleExpiry().toMinutes() + " minutes unused");
        System.out.println("  Quizzes:  http://" + webHost + ":" + webPort + "/quiz  (A+, Network+, Security+ practice)");
        System.out.println("  Classes:  http://" + webHost + ":" + webPort + "/teach  (instructors), /join (students)");
        System.out.println("            stored in " + classroomDatabase);
        System.out.println("  Mail server on " + info.listenAddress() + " (hostname " + info.hostname() + "):");
        for (var binding : info.ports()) {
            System.out.printf("    %-12s real port %-4d -> listening on %-5d %s%n", binding.service().ianaName(),
                    binding.service().port(), binding.boundPort(), binding.service().security().label());
        }
        System.out.println("  Accounts: alice / alice, bob / bob (@mailsim.test)");
        if (accounts > 0) {
            System.out.println("            student01 … " + org.mailsim.setup.ClassAccounts.login(accounts) + ": cards with QR codes at http://"
                    + webHost + ":" + webPort + "/setup/accounts (passwords in " + dataDir.resolve("class-accounts.properties") + ")");
        }
        System.out.println("  Certificate SHA-256: " + info.certificateFingerprint());
        System.out.println("  mailsim is running. Press Ctrl+C to stop.");
        System.out.println();
    }
}
