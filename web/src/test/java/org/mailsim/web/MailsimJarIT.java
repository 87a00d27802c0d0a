package org.mailsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailsim.net.ServicePort;

/**
 * The runnable jar as a user starts it: it listens on every stand-in port, answers TLS on 1993
 * with the certificate it saved in the data directory, says goodbye to connected clients and
 * open live pages and stops cleanly, and keeps the same certificate on the next start.
 */
class MailsimJarIT {
    @TempDir
    Path dataDir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        for (Process p : started) p.destroyForcibly();
    }

    @Test
    void jarServesStandInPortsWithPersistedCertificateAndStopsCleanly() throws Exception {
        for (ServicePort port : ServicePort.values()) assertPortFree(port.standInPort());
        int webPort = freePort();
        Process mailsim = start(webPort);
        String home = get("http://localhost:" + webPort + "/");
        assertThat(home).contains("1993", "alice@mailsim.test");
        // --scenarios DIR: an instructor's own scenario sits beside the built-in ones
        assertThat(get("http://localhost:" + webPort + "/scenarios")).contains("instructor-demo", "imap-phone-and-laptop");
        assertThat(get("http://localhost:" + webPort + "/scenarios/instructor-demo/steps/1")).contains("Our own lesson");
        assertThat(get("http://localhost:" + webPort + "/lab")).contains("Lab console", "/static/lab.js");
        assertThat(get("http://localhost:" + webPort + "/static/lab.js")).contains("new WebSocket(");
        // The classroom: its embedded database made in the data directory by the shaded jar's Flyway
        String made = post("http://localhost:" + webPort + "/api/classes", "{\"name\": \"Kept over a restart\"}", null);
        String code = made.replaceAll(".*\"code\":\"([A-Z0-9]+)\".*", "$1"), key = made.replaceAll(".*\"instructorKey\":\"([A-Z0-9-]+)\".*", "$1");
        post("http://localhost:" + webPort + "/api/classes/" + code + "/students", "{\"name\": \"Ana\"}", null);
        assertThat(dataDir.resolve("classroom.mv.db")).exists();
        try (LabClient lab = LabClient.visit("http://localhost:" + webPort)) { // the lab's WebSocket works from the shaded jar
            lab.connect("phone", "IMAPS");
            assertThat(lab.send("phone", "a1 LOGIN alice alice")).singleElement().asString().startsWith("a1 OK");
        }

        for (ServicePort port : ServicePort.values()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port.standInPort()), 2000);
            }
        }
        try (Socket imap = new Socket("127.0.0.1", ServicePort.IMAP.standInPort())) {
            assertThat(readLine(imap)).startsWith("* OK");
        }

        Path pem = dataDir.resolve("tls/mailsim.crt");
        assertThat(pem).exists();
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(pem)));
        String fingerprint = fingerprint(certificate);
        assertThat(home).contains(fingerprint);

        try (SSLSocket imaps = tlsTo(ServicePort.IMAPS.standInPort(), certificate);
             EventStream live = EventStream.open("http://localhost:" + webPort + "/live/events", Map.of())) {
            imaps.startHandshake();
            assertThat(imaps.getSession().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
            assertThat(readLine(imaps)).startsWith("* OK");
            live.awaitContains(": mailsim live view");

            mailsim.destroy(); // SIGTERM, as Ctrl+C or a service manager stops it
            assertThat(readLine(imaps)).as("a connected client is told the server is going").startsWith("* BYE");
            assertThat(live.awaitEnd()).as("an open live page's stream ends").isTrue();
            assertThat(live.text()).as("and is told why").contains("event: bye");
        }
        assertThat(mailsim.waitFor(15, TimeUnit.SECONDS)).as("mailsim stops within 15 s").isTrue();

        int againPort = freePort();
        Process again = start(againPort);
        HttpResponse<String> roster = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + againPort
                + "/api/classes/" + code + "/roster")).header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(roster.body()).as("the class and its roster survive a restart").contains("\"name\":\"Kept over a restart\"", "\"name\":\"Ana\"");
        try (SSLSocket imaps = tlsTo(ServicePort.IMAPS.standInPort(), certificate)) {
            imaps.startHandshake(); // still trusted: the same certificate was loaded, not a new one made
            assertThat(fingerprint((X509Certificate) imaps.getSession().getPeerCertificates()[0])).isEqualTo(fingerprint);
        }
        again.destroy();
        assertThat(again.waitFor(15, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void helpAndVersionWork() throws Exception {
        assertThat(run("--help")).contains("serve", "--help", "--version");
        assertThat(run("serve", "--help")).contains("--imaps-port", "--listen", "--data-dir", "--allow-plaintext-login",
                "--lab-max-sandboxes", "--lab-idle-minutes", "--database");
        assertThat(run("--version")).contains("mailsim");
    }

    /** Runs {@code commands} after sourcing scripts/java-env.sh with this JVM's Java, as ./mailsim does; what they print. */
    private String javaEnv(String commands, int seconds) throws Exception {
        ProcessBuilder script = new ProcessBuilder("bash", "-c", ". ../scripts/java-env.sh && " + commands).redirectErrorStream(true);
        script.environment().put("JAVA_HOME", Path.of(java()).getParent().getParent().toString());
        script.environment().put("JAVA_MAJOR", String.valueOf(Runtime.version().feature()));
        Process preparing = script.start();
        started.add(preparing);
        String printed = new String(preparing.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(preparing.waitFor(seconds, TimeUnit.SECONDS)).isTrue();
        assertThat(preparing.exitValue()).as(printed).isZero();
        return printed;
    }

    /**
     * What ./mailsim does after a build (scripts/java-env.sh): replays every scenario once to save
     * the start-up cache beside the jar, then starts the short commands with it, so their classes
     * come from the cache instead of being read from the jar.
     */
    @Test
    void theStartUpCacheIsMadeByReplayingTheCatalogAndUsedByTheShortCommands() throws Exception {
        String flags = javaEnv("prepare_startup_cache target/mailsim.jar && echo \"$SHORT_COMMAND_JVM_FLAGS $(startup_cache_flags target/mailsim.jar)\"", 120);
        assertThat(flags).contains("-XX:TieredStopAtLevel=1", "mailsim-jdk-");

        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(flags.split(" +")));
        command.addAll(List.of("-Xlog:class+load=info", "-jar", jar().toString(), "replay", "imap-phone-and-laptop", "--step", "2"));
        Process replay = new ProcessBuilder(command).redirectErrorStream(true).start();
        started.add(replay);
        String output = new String(replay.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(replay.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(replay.exitValue()).as(output).isZero();
        assertThat(output).contains("org.mailsim.scenario.ScenarioRunner source: shared objects file", "C: A3 SELECT INBOX")
                .doesNotContain("[error", "[warning");
    }

    /**
     * What ./mailsim does for the server after a build: a training run of {@code serve --training-run}
     * saves the server's start-up cache beside the jar (without removing the short commands' cache),
     * and the server started with it answers, its web classes mapped from the cache.
     */
    @Test
    void theServersStartUpCacheIsMadeByATrainingRunAndUsedByServe() throws Exception {
        String flags = javaEnv("prepare_serve_cache target/mailsim.jar && serve_cache_flags target/mailsim.jar", 300);
        assertThat(flags).contains("-serve.");

        int webPort = freePort();
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(flags.split(" +")));
        command.addAll(List.of("-Xlog:class+load=info:file=" + dataDir.resolve("classes.log"), "-jar", jar().toString(), "serve",
                "--web-port", String.valueOf(webPort), "--data-dir", dataDir.toString(), "--imap-port", "0", "--imaps-port", "0",
                "--pop3-port", "0", "--pop3s-port", "0", "--smtp-port", "0", "--submission-port", "0", "--smtps-port", "0"));
        Process serve = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        started.add(serve);
        String home = null;
        for (int i = 0; i < 600 && home == null; i++) {
            try {
                home = get("http://localhost:" + webPort + "/");
            } catch (java.net.ConnectException notYet) {
                Thread.sleep(100);
            }
        }
        assertThat(home).contains("All scenarios");
        assertThat(Files.readString(dataDir.resolve("classes.log")))
                .contains("org.mailsim.web.home.HomePage source: shared objects file");
    }

    /**
     * {@code java -jar mailsim.jar list} on a Java older than 21 (Debian's 17, which ./run-tests installs
     * where it can): one line saying what is needed and what was found, not an UnsupportedClassVersionError.
     */
    @Test
    void anOlderJavaIsToldInOneLineThatMailsimNeedsJava21() throws Exception {
        try (var jar = new java.util.jar.JarFile(jar().toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("org.mailsim.web.Launcher");
            byte[] head = jar.getInputStream(jar.getEntry("org/mailsim/web/Launcher.class")).readNBytes(8);
            assertThat(((head[6] & 0xff) << 8) | (head[7] & 0xff)).as("class file major version: 52 is Java 8").isEqualTo(52);
        }
        Path old = olderJava();
        Process process = new ProcessBuilder(old.resolve("bin/java").toString(), "-jar", jar().toString(), "list")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(output.strip()).doesNotContain("\n", "Exception", "Error:")
                .startsWith("mailsim needs Java 21 or newer; found " + javaVersion(old) + " at " + old.toRealPath());
    }

    /** A JDK or JRE older than 21 in /usr/lib/jvm; missing, the test fails on CI and is reported as not run elsewhere. */
    private static Path olderJava() throws IOException {
        if (Files.isDirectory(Path.of("/usr/lib/jvm"))) {
            try (var homes = Files.list(Path.of("/usr/lib/jvm"))) {
                for (Path home : homes.sorted().toList()) {
                    String version = javaVersion(home);
                    if (Files.isExecutable(home.resolve("bin/java")) && !version.isEmpty() && Integer.parseInt(version) < 21) return home;
                }
            }
        }
        String message = "No Java older than 21 in /usr/lib/jvm to run the jar with (apt-get install openjdk-17-jre-headless)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) throw new IllegalStateException(message);
        System.err.println("NOT RUN: " + message);
        org.junit.jupiter.api.Assumptions.abort(message);
        return null;
    }

    /** The feature version a JDK's {@code release} file names ("17", "8" for 1.8), or "". */
    private static String javaVersion(Path home) throws IOException {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) return "";
        for (String line : Files.readAllLines(release)) {
            if (!line.startsWith("JAVA_VERSION=")) continue;
            String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
            v = v.startsWith("1.") ? v.substring(2) : v;
            return v.split("[^0-9]")[0];
        }
        return "";
    }

    private Process start(int webPort) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", jar().toString(), "serve",
                "--data-dir", dataDir.toString(), "--web-port", String.valueOf(webPort),
                "--scenarios", instructorScenarios().toString()).redirectErrorStream(true);
        Process process = builder.start();
        started.add(process);
        return awaitRunning(process, Duration.ofSeconds(60));
    }

    /** Reads what a starting mailsim prints until it says it is running, then keeps draining it in the background. */
    static Process awaitRunning(Process process, Duration timeout) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + timeout.toNanos();
        StringBuilder seen = new StringBuilder();
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.contains("mailsim is running")) {
                Thread.ofVirtual().start(() -> { // keep draining until the process is stopped
                    try {
                        out.lines().forEach(l -> { });
                    } catch (java.io.UncheckedIOException stopped) {
                        // the stream closed with the process
                    }
                });
                return process;
            }
        }
        throw new AssertionError("mailsim did not start; it printed:\n" + seen);
    }

    private String run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        started.add(process);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** A folder holding one scenario of the instructor's own, in the format of docs/scenario-authoring.md. */
    private Path instructorScenarios() throws IOException {
        Path folder = Files.createDirectories(dataDir.resolve("my-scenarios"));
        Files.writeString(folder.resolve("instructor-demo.yaml"), """
                id: instructor-demo
                title: Our own lesson
                summary: An instructor's scenario, loaded with --scenarios.
                objectives: [{exam: A+ 220-1201, objective: "2.1"}]
                accounts: [{login: alice}]
                devices: [{name: phone, protocol: imap, port: 993, security: tls}]
                steps:
                  - device: phone
                    do: check mail
                """);
        return folder;
    }

    static SSLSocket tlsTo(int port, X509Certificate trusted) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("mailsim", trusted);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", port);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS"); // check the name, as mail clients do
        parameters.setServerNames(List.of(new SNIHostName("localhost")));
        socket.setSSLParameters(parameters);
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static String readLine(Socket socket) throws IOException {
        var in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') if (b != '\r') line.append((char) b);
        return line.toString();
    }

    private static String fingerprint(X509Certificate certificate) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }

    /** POSTs JSON and expects 201. */
    private static String post(String url, String json, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) b.header("Authorization", "Bearer " + bearer);
        HttpResponse<String> response = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body();
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static void assertPortFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new AssertionError("port " + port + " is in use: is mailsim already running? Stop it and run the tests again.");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static Path jar() {
        Path jar = Path.of("target", "mailsim.jar");
        assertThat(jar).as("the jar is built by 'mvn package' before integration tests run").exists();
        return jar;
    }
}
