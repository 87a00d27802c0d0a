package org.mailsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.net.ssl.SSLSocket;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The download (scripts/package) on a machine without Java: unpacked into an empty folder and run
 * with every Java taken off the PATH ({@link NoJavaPath}) and JAVA_HOME unset, bin/mailsim says
 * its version, replays a scenario, and serves the web UI and the mail server over real TLS with
 * the runtime jlink trimmed. The archive is made once for the class (about 30 s of CPU).
 */
class PackageIT {
    @TempDir
    static Path scratch;

    private static Path archive;
    private static Path home;
    private static Map<String, String> noJava;
    private static String packageOutput;
    private static final List<Process> started = new ArrayList<>();

    @BeforeAll
    static void packageAndUnpack() throws Exception {
        // scripts/package finds its JDK itself (scripts/java-env.sh), as a user's shell would
        Process packaging = new ProcessBuilder("bash", "scripts/package", "--skip-build")
                .directory(Path.of("..").toFile()).redirectErrorStream(true).start();
        started.add(packaging);
        packageOutput = new String(packaging.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(packaging.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(packaging.exitValue()).as(packageOutput).isZero();
        System.out.println(packageOutput); // the size and the module list, for the build log

        String name = "mailsim-" + ExpectedBuild.version() + "-" + NoJavaPath.osName() + "-" + NoJavaPath.archName();
        archive = Path.of("..", "target", "dist", name + ".tar.gz");
        assertThat(archive).exists();
        Path empty = Files.createDirectories(scratch.resolve("unpacked"));
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toAbsolutePath().toString(), "-C", empty.toString()).inheritIO().start();
        assertThat(tar.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(tar.exitValue()).isZero();
        home = empty.resolve(name);
        noJava = NoJavaPath.environment(Files.createDirectories(scratch.resolve("path")), scratch.resolve("home"));
    }

    @AfterAll
    static void stopAll() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void theTestsEnvironmentReallyHasNoJava() throws Exception {
        assertThat(noJava).doesNotContainKey("JAVA_HOME");
        assertThat(run(List.of("/bin/sh", "-c", "command -v java javac jar || echo no-java"), 0)).isEqualTo("no-java\n");
    }

    @Test
    void versionAndReplayRunWithTheBundledRuntime() throws Exception {
        String version = run(List.of(home.resolve("bin/mailsim").toString(), "--version"), 0);
        assertThat(version.lines().findFirst().orElseThrow()).isEqualTo("mailsim " + ExpectedBuild.describe());
        assertThat(version).contains("Java " + Runtime.version().feature()); // the runtime jlink made from the build's JDK

        String replay = run(List.of(home.resolve("bin/mailsim").toString(), "replay", "imap-phone-and-laptop"), 0);
        assertThat(replay).contains("C: A3 SELECT INBOX", "S: [TLS handshake]", "expectations held").doesNotContain("Exception");
    }

    @Test
    void serveStartsTheWebUiAndTheMailServerOverTls() throws Exception {
        int web = freePort();
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/mailsim").toString(), "--web-port", String.valueOf(web),
                "--data-dir", scratch.resolve("data").toString()));
        int imaps = 0;
        for (String option : List.of("--imap-port", "--imaps-port", "--pop3-port", "--pop3s-port", "--smtp-port",
                "--submission-port", "--smtps-port")) {
            int port = freePort();
            if (option.equals("--imaps-port")) imaps = port;
            command.addAll(List.of(option, String.valueOf(port)));
        }
        Process serve = start(command);
        String base = "http://localhost:" + web;
        assertThat(get(base + "/")).contains(ExpectedBuild.describe(), "href=\"/licenses\""); // the footer
        assertThat(get(base + "/licenses")).contains("(Apache-2.0) Javalin (io.javalin:javalin:", "Attribution 4.0 International");
        assertThat(get(base + "/scenarios")).contains("imap-phone-and-laptop");
        assertThat(get(base + "/scenarios/imap-phone-and-laptop/steps/3")).contains("LOGIN");
        get(base + "/quiz");
        try (LabClient lab = LabClient.visit(base)) {
            lab.connect("phone", "IMAPS");
            assertThat(lab.send("phone", "a1 LOGIN alice alice")).singleElement().asString().startsWith("a1 OK");
        }
        try (SSLSocket socket = MailsimJarIT.tlsTo(imaps, certificateIn(scratch.resolve("data")))) {
            socket.startHandshake();
            assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.3");
            assertThat(new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine())
                    .startsWith("* OK");
        }
        serve.destroy();
        assertThat(serve.waitFor(15, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theArchiveHasItsChecksumBesideItAndStaysUnder80Mb() throws Exception {
        byte[] digest;
        try (var in = Files.newInputStream(archive)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            digest = sha.digest(in.readAllBytes());
        }
        assertThat(Files.readString(Path.of(archive + ".sha256")))
                .isEqualTo(HexFormat.of().formatHex(digest) + "  " + archive.getFileName() + "\n");
        assertThat(Files.size(archive)).isLessThan(80L * 1024 * 1024);
        assertThat(packageOutput).contains("runtime:  java.base,", "jdk.zipfs");
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("bin", "lib", "runtime", "LICENSE", "LICENSE-CONTENT", "CHANGELOG.md", "README.txt");
        }
        assertThat(home.resolve("bin/mailsim.bat")).content().contains("runtime\\bin\\java.exe").contains("\r\n");
    }

    private static String run(List<String> command, int expectedExit) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(scratch.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(noJava);
        Process process = builder.start();
        started.add(process);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(expectedExit);
        return output;
    }

    private static Process start(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(scratch.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(noJava);
        Process process = builder.start();
        started.add(process);
        return MailsimJarIT.awaitRunning(process, Duration.ofSeconds(90));
    }

    private static X509Certificate certificateIn(Path dataDir) throws Exception {
        try (var in = Files.newInputStream(dataDir.resolve("tls/mailsim.crt"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private static int freePort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
