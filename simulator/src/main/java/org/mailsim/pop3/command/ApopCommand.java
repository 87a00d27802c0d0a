package org.mailsim.pop3.command;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.mailsim.net.Reply;
import org.mailsim.pop3.Pop3Session;
import org.mailsim.store.Account;

/**
 * {@code APOP name digest} — RFC 1939 §7: the digest is MD5 of the greeting's timestamp
 * followed by the shared secret, in lower-case hex. The password never crosses the wire,
 * although MD5 makes this weak by today's standards (which is why TLS still matters).
 */
final class ApopCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3Arguments arguments, Pop3Session session) {
        if (!session.cleartextAuthAllowed()) throw CleartextRule.refusal();
        String digest = arguments.get(1).toLowerCase(Locale.ROOT);
        Account account = session.store().account(arguments.get(0)).orElse(null);
        if (account == null) throw session.authenticationFailed();
        byte[] expected = md5Hex(session.banner() + account.password()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, digest.getBytes(StandardCharsets.US_ASCII))) {
            throw session.authenticationFailed();
        }
        return session.enterTransaction(account);
    }

    /** RFC 1939 §7: "MD5 algorithm applied to the timestamp (including angle-brackets) followed by a shared secret". */
    static String md5Hex(String text) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
