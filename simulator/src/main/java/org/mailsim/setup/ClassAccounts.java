package org.mailsim.setup;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.random.RandomGenerator;

import org.mailsim.store.Account;
import org.mailsim.store.DemoMail;
import org.mailsim.store.MailStore;

/**
 * The accounts of {@code serve --accounts N}: {@code student01} … {@code studentNN} at
 * {@code mailsim.test}, each with a password made of two words and two digits
 * ("maple-otter-42"), easy to read off a printed card and type on a phone. The passwords are
 * kept in {@code <data dir>/class-accounts.properties}, so a restarted server keeps the accounts
 * the phones were set up with; asking for more accounts later adds to the file.
 */
public final class ClassAccounts {
    /** Enough for a large class; each account is a few kilobytes until it holds mail. */
    public static final int MOST = 200;
    static final String FILE = "class-accounts.properties";
    private static final List<String> WORDS = words();

    private ClassAccounts() { }

    /** The login of the n-th account (1-based): student01 … student99, student100 … */
    public static String login(int n) {
        return String.format("student%02d", n);
    }

    /** True for a login {@link #login} makes. */
    public static boolean isClassLogin(String login) {
        return login.matches("student\\d{2,3}");
    }

    /**
     * The first {@code count} class accounts, their passwords read from {@code dataDir} or made
     * now and saved there.
     */
    public static List<Account> loadOrCreate(Path dataDir, int count) {
        return loadOrCreate(dataDir, count, new SecureRandom());
    }

    static List<Account> loadOrCreate(Path dataDir, int count, RandomGenerator random) {
        if (count < 0 || count > MOST) throw new IllegalArgumentException("--accounts must be between 0 and " + MOST + " (it was " + count + ")");
        Path file = dataDir.resolve(FILE);
        Properties saved = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    saved.load(in);
                }
            }
            List<Account> accounts = new ArrayList<>();
            boolean added = false;
            for (int n = 1; n <= count; n++) {
                String login = login(n);
                String password = saved.getProperty(login, "");
                if (password.isBlank()) {
                    password = password(random);
                    saved.setProperty(login, password);
                    added = true;
                }
                accounts.add(new Account(login, password, login + "@" + DemoMail.DOMAIN, DemoMail.DEMO_QUOTA));
            }
            if (added) {
                Files.createDirectories(dataDir);
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    saved.store(out, "mailsim class accounts (serve --accounts N): login=password; delete a line for a new password");
                }
            }
            return accounts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    /** Adds the accounts to the store, each with an empty INBOX. */
    public static void addTo(MailStore store, List<Account> accounts) {
        for (Account account : accounts) store.addAccount(account);
    }

    /** A new password of the same kind, for a joined student's own account. */
    public static String newPassword() {
        return password(new SecureRandom());
    }

    /** Two words and two digits: 100 × 100 × 100 = a million passwords, plenty for a classroom demo account. */
    static String password(RandomGenerator random) {
        return WORDS.get(random.nextInt(WORDS.size())) + "-" + WORDS.get(random.nextInt(WORDS.size())) + "-"
                + String.format("%02d", random.nextInt(100));
    }

    private static List<String> words() {
        try (InputStream in = ClassAccounts.class.getResourceAsStream("/setup/words.txt")) {
            if (in == null) throw new IllegalStateException("/setup/words.txt is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
