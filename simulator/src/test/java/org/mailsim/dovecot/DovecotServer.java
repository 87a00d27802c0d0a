package org.mailsim.dovecot;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A real Dovecot 2.3 (Debian's dovecot-imapd and dovecot-pop3d) run from a configuration of our
 * own: its own base_dir, log, passwd-file users (alice / wonderland, bob / builder, as in
 * mailsim's tests) and Maildirs in a temporary directory, IMAP and POP3 on free loopback ports,
 * no TLS, no system configuration read. It runs as root (mail owned by {@code nobody}) or as an
 * ordinary user (everything as that user).
 *
 * <p>The folders match a new mailsim account: INBOX, Sent, Drafts, Trash, Archive and Junk with
 * their RFC 6154 special-use attributes, all subscribed, "/" as the hierarchy delimiter.
 */
final class DovecotServer implements AutoCloseable {
    private static final Path BINARY = Path.of("/usr/sbin/dovecot");
    private static final int NOBODY = 65534;

    private final Path root;
    private final Path mail;
    private final Process process;
    final int imapPort;
    final int pop3Port;

    private DovecotServer(Path root, Path mail, Process process, int imapPort, int pop3Port) {
        this.root = root;
        this.mail = mail;
        this.process = process;
        this.imapPort = imapPort;
        this.pop3Port = pop3Port;
    }

    /**
     * Starts Dovecot, or skips the calling test with the reason where it is not installed;
     * under {@code CI=true} a missing Dovecot fails instead ({@code ./run-tests} installs it).
     */
    static DovecotServer startOrSkip() throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            String why = "Dovecot is not installed (" + BINARY + " missing): the differential test against a real Dovecot"
                    + " cannot run. Install it: apt-get install dovecot-imapd dovecot-pop3d (./run-tests does)";
            if ("true".equals(System.getenv("CI"))) fail(why + ", and CI=true");
            Assumptions.abort(why);
        }
        Path root = Files.createTempDirectory("mailsim-dovecot");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path mail = Files.createDirectories(root.resolve("mail"));
        Files.setPosixFilePermissions(mail, PosixFilePermissions.fromString("rwxrwxrwx"));
        int uid = (Integer) Files.getAttribute(root, "unix:uid");
        int gid = (Integer) Files.getAttribute(root, "unix:gid");
        boolean asRoot = uid == 0;
        int mailUid = asRoot ? NOBODY : uid;
        int mailGid = asRoot ? NOBODY : gid;
        String user = System.getProperty("user.name");
        int imap = freePort();
        int pop3 = freePort();
        Files.writeString(root.resolve("passwd"), String.join("\n",
                "alice:{PLAIN}wonderland:" + mailUid + ":" + mailGid + "::" + mail.resolve("alice"),
                "bob:{PLAIN}builder:" + mailUid + ":" + mailGid + "::" + mail.resolve("bob"), ""));
        Files.writeString(root.resolve("dovecot.conf"), config(root, imap, pop3,
                asRoot ? "dovecot" : user, asRoot ? "dovenull" : user));
        Process process = new ProcessBuilder(BINARY.toString(), "-F", "-c", root.resolve("dovecot.conf").toString())
                .redirectErrorStream(true).redirectOutput(root.resolve("stdout").toFile()).start();
        DovecotServer server = new DovecotServer(root, mail, process, imap, pop3);
        server.awaitListening();
        return server;
    }

    private static String config(Path root, int imap, int pop3, String internalUser, String loginUser) {
        StringBuilder c = new StringBuilder();
        c.append("base_dir = ").append(root.resolve("run")).append('\n')
                .append("state_dir = ").append(root.resolve("state")).append('\n')
                .append("log_path = ").append(root.resolve("log")).append('\n')
                .append("protocols = imap pop3\nlisten = 127.0.0.1\nssl = no\ndisable_plaintext_auth = no\n")
                .append("auth_mechanisms = plain login\n")
                .append("default_internal_user = ").append(internalUser).append('\n')
                .append("default_login_user = ").append(loginUser).append('\n')
                .append("passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u ").append(root.resolve("passwd")).append("\n}\n")
                .append("userdb {\n  driver = passwd-file\n  args = username_format=%u ").append(root.resolve("passwd")).append("\n}\n")
                .append("mail_location = maildir:~/Maildir:LAYOUT=fs\n")
                // mailsim names the capabilities it implements; Dovecot is asked to list the same ones.
                .append("imap_capability = ").append(DeliberateDifferences.IMAP_CAPABILITIES).append('\n')
                .append("namespace inbox {\n  inbox = yes\n  separator = /\n")
                .append("  mailbox INBOX {\n    auto = subscribe\n  }\n");
        for (String[] folder : List.of(new String[] {"Sent", "\\Sent"}, new String[] {"Drafts", "\\Drafts"},
                new String[] {"Trash", "\\Trash"}, new String[] {"Archive", "\\Archive"}, new String[] {"Junk", "\\Junk"})) {
            c.append("  mailbox ").append(folder[0]).append(" {\n    auto = subscribe\n    special_use = ")
                    .append(folder[1]).append("\n  }\n");
        }
        c.append("}\n");
        for (String[] service : List.of(new String[] {"imap", "imaps", String.valueOf(imap)},
                new String[] {"pop3", "pop3s", String.valueOf(pop3)})) {
            c.append("service ").append(service[0]).append("-login {\n  chroot =\n")
                    .append("  inet_listener ").append(service[0]).append(" {\n    port = ").append(service[2]).append("\n  }\n")
                    .append("  inet_listener ").append(service[1]).append(" {\n    port = 0\n  }\n}\n");
        }
        return c.toString();
    }

    /** Empties both users' mail: the next login finds a new account, its folders made again. */
    void reset() throws IOException {
        for (String user : List.of("alice", "bob")) deleteTree(mail.resolve(user));
    }

    private void awaitListening() throws IOException, InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) fail("Dovecot stopped at start:\n" + logs());
            if (accepts(imapPort) && accepts(pop3Port)) return;
            Thread.sleep(50);
        }
        fail("Dovecot did not listen within 15 s:\n" + logs());
    }

    String logs() {
        StringBuilder out = new StringBuilder();
        for (String name : List.of("stdout", "log")) {
            try {
                out.append(Files.readString(root.resolve(name)));
            } catch (IOException e) {
                out.append("(no ").append(name).append(")\n");
            }
        }
        return out.toString();
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy(); // SIGTERM: Dovecot's master stops its children and exits
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
        deleteTree(root);
    }

}
