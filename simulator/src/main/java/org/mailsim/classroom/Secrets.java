package org.mailsim.classroom;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The classroom's secrets: making them, and keeping only hashes of them.
 * <ul>
 *   <li>Join code: 6 characters from the 31 that are hard to misread (no 0/O, 1/I/L), about 30 bits;
 *       not a secret, a class's name to type.</li>
 *   <li>Instructor key: 20 such characters in groups of four (about 99 bits), kept as a PBKDF2 hash.</li>
 *   <li>PIN: 4 to 8 digits the student chooses, kept as a PBKDF2 hash; few bits, so wrong
 *       guesses are slowed ({@link GuessThrottle}).</li>
 *   <li>Device token: 32 random bytes; kept as its SHA-256, which is enough for a value no one
 *       can guess, and lets the store find the student by it.</li>
 * </ul>
 * PBKDF2-HMAC-SHA512 with 210,000 iterations is the figure the OWASP Password Storage Cheat
 * Sheet gives for it. Hashes are compared with {@link MessageDigest#isEqual}, in constant time.
 */
public final class Secrets {
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() { }

    public static String joinCode() {
        return random(6);
    }

    public static String instructorKey() {
        String k = random(20);
        return String.join("-", k.substring(0, 4), k.substring(4, 8), k.substring(8, 12), k.substring(12, 16), k.substring(16));
    }

    public static String deviceToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** {@code pbkdf2-sha512$iterations$salt$hash}, salt and hash in Base64. */
    public static String slowHash(String secret) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return "pbkdf2-sha512$" + ITERATIONS + "$" + b64(salt) + "$" + b64(pbkdf2(secret, salt, ITERATIONS));
    }

    public static boolean matchesSlowHash(String secret, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2-sha512")) return false;
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = pbkdf2(secret, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    public static String sha256(String secret) {
        try {
            return b64(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static byte[] pbkdf2(String secret, byte[] salt, int iterations) {
        try {
            var spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no PBKDF2WithHmacSHA512", e);
        }
    }

    private static String random(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return s.toString();
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
