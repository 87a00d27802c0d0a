package org.mailsim.classroom;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for tests: the distribution's binaries ({@code postgresql} package,
 * installed by {@code ./run-tests}), a new cluster in a temporary directory made with
 * {@code initdb}, started with {@code pg_ctl} on a free loopback port, stopped and deleted when the
 * JVM ends. PostgreSQL refuses to run as root, so under root it runs as the {@code postgres} user
 * ({@code runuser}). Without the binaries the test is skipped with the reason, except under
 * {@code CI=true}, where it fails with it: CI never skips the database tests.
 */
public final class TestPostgres {
    private static TestPostgres shared;

    private final Path dir;
    private final Path bin;
    private final int port;
    private final boolean asPostgresUser;
    private final AtomicInteger databases = new AtomicInteger();

    /** One server for every test of this JVM, tuned for speed (fsync off): a test database, not a benchmark one. */
    public static synchronized TestPostgres shared() {
        if (shared == null) shared = start(false);
        return shared;
    }

    /** A server of its own; {@code durable} keeps PostgreSQL's defaults (fsync on), as a benchmark needs. */
    public static TestPostgres start(boolean durable) {
        Path bin = binaries();
        try {
            TestPostgres pg = new TestPostgres(bin, durable);
            Runtime.getRuntime().addShutdownHook(new Thread(pg::stop, "stop-test-postgres"));
            return pg;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test PostgreSQL: " + e.getMessage(), e);
        }
    }

    private TestPostgres(Path bin, boolean durable) throws IOException {
        this.bin = bin;
        this.asPostgresUser = "root".equals(System.getProperty("user.name"));
        this.dir = Files.createTempDirectory("mailsim-pg");
        if (asPostgresUser) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
        }
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            this.port = s.getLocalPort();
        }
        Path data = dir.resolve("data");
        run(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "mailsim", "--auth=trust", "-E", "UTF8", "--no-locale");
        String options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=100"
                + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "-o", options, "start");
    }

    /** A new, empty database on this server; its JDBC address. */
    public String newDatabase() {
        String name = "mailsim_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"))) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=mailsim";
    }

    /** What {@code SELECT version()} says: proof that a real server answered. */
    public String version() {
        try (Connection c = DriverManager.getConnection(url("postgres")); var r = c.createStatement().executeQuery("SELECT version()")) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized void stop() {
        if (!Files.exists(dir)) return;
        try {
            run(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        } catch (IOException | RuntimeException e) {
            System.err.println("stopping the test PostgreSQL: " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the system cleans it up eventually
        }
    }

    private void run(String... command) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) full.addAll(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(List.of(command));
        Process p = new ProcessBuilder(full).redirectErrorStream(true).directory(dir.toFile()).start();
        try {
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
                String log = Files.exists(dir.resolve("server.log")) ? Files.readString(dir.resolve("server.log")) : "";
                throw new IOException(String.join(" ", command) + " failed:\n" + out + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The server binaries: {@code MAILSIM_PG_BIN}, or the newest {@code /usr/lib/postgresql/N/bin}. */
    private static Path binaries() {
        String env = System.getenv("MAILSIM_PG_BIN");
        if (env != null && Files.isExecutable(Path.of(env, "pg_ctl"))) return Path.of(env);
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var found = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
                if (found.isPresent()) return found.get();
            } catch (IOException ignored) {
                // fall through to the message
            }
        }
        String why = "PostgreSQL's server (initdb, pg_ctl) is not installed, so the classroom store cannot be tested against it."
                + " Install it (Debian/Ubuntu: apt-get install postgresql) or set MAILSIM_PG_BIN; ./run-tests installs it.";
        if ("true".equals(System.getenv("CI"))) throw new AssertionError(why);
        Assumptions.abort(why);
        throw new AssertionError(why);
    }
}
