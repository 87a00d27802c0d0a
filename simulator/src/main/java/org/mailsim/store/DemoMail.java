package org.mailsim.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The built-in demo accounts, {@code alice}/{@code alice} and {@code bob}/{@code bob} at
 * {@code mailsim.test} (a name reserved for testing by RFC 2606 §2, so it can never reach a real
 * domain), each with a few realistic messages. The messages live as files under
 * {@code /demo/} on the classpath so an instructor can read them.
 */
public final class DemoMail {
    private DemoMail() { }

    public static final String DOMAIN = "mailsim.test";
    /** 50 MB per demo account: enough for any lesson, small enough to fill on purpose. */
    public static final long DEMO_QUOTA = 50L * 1024 * 1024;

    /** One demo message: the file under /demo/, the account, its folder, flags, and its age. */
    private record Seed(String file, String login, String folder, Flags flags, Duration age) { }

    private static final List<Seed> SEEDS = List.of(
            new Seed("welcome.eml", "alice", "INBOX", Flags.of(SystemFlag.SEEN), Duration.ofDays(3)),
            new Seed("lunch.eml", "alice", "INBOX", Flags.NONE, Duration.ofHours(20)),
            new Seed("newsletter.eml", "alice", "INBOX", Flags.NONE, Duration.ofHours(5)),
            new Seed("invoice.eml", "alice", "INBOX", Flags.of(SystemFlag.FLAGGED), Duration.ofHours(2)),
            new Seed("sent-to-bob.eml", "alice", "Sent", Flags.of(SystemFlag.SEEN), Duration.ofHours(19)),
            new Seed("welcome-bob.eml", "bob", "INBOX", Flags.of(SystemFlag.SEEN), Duration.ofDays(3)),
            new Seed("sent-to-bob.eml", "bob", "INBOX", Flags.NONE, Duration.ofHours(19)),
            new Seed("meeting.eml", "bob", "INBOX", Flags.NONE, Duration.ofHours(1)));

    /** Adds alice and bob with their demo mail; internal dates count back from the store's clock. */
    public static void seed(MailStore store) {
        seed(store, DEMO_QUOTA);
    }

    /** The same, with a storage quota of {@code quotaBytes} per account (the lab's sandboxes are smaller). */
    public static void seed(MailStore store, long quotaBytes) {
        store.addAccount(new Account("alice", "alice", "alice@" + DOMAIN, quotaBytes));
        store.addAccount(new Account("bob", "bob", "bob@" + DOMAIN, quotaBytes));
        Instant now = store.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        for (Seed seed : SEEDS) {
            store.append(seed.login(), seed.folder(), load(seed.file()), seed.flags(), now.minus(seed.age()), null);
        }
    }

    private static RawMessage load(String file) {
        try (InputStream in = DemoMail.class.getResourceAsStream("/demo/" + file)) {
            if (in == null) throw new IllegalStateException("demo message missing from the jar: /demo/" + file);
            return RawMessage.ofText(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
