package org.mailsim.smtp;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mailbox of an SMTP path, {@code local-part@domain} (RFC 5321 §4.1.2), validated so that it
 * can be quoted back in a reply or a header without letting client input forge anything.
 * SMTPUTF8 is not offered, so addresses are ASCII.
 */
public record MailAddress(String localPart, String domain) {

    // RFC 5321 §4.1.2: Dot-string or Quoted-string.
    private static final Pattern LOCAL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "|\"([\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]|\\\\[\\x20-\\x7E])*\"");
    // RFC 5321 §4.1.2: Domain, or an address literal in brackets (§4.1.3).
    private static final Pattern DOMAIN = Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*|\\[[A-Za-z0-9:.]+\\]");

    public MailAddress {
        if (localPart.length() > 64 || !LOCAL.matcher(localPart).matches()) {  // RFC 5321 §4.5.3.1.1
            throw new IllegalArgumentException("not a local part");
        }
        if (domain.length() > 255 || !DOMAIN.matcher(domain).matches()) {        // RFC 5321 §4.5.3.1.2
            throw new IllegalArgumentException("not a domain");
        }
    }

    /**
     * Parses the inside of {@code <…>}; a source route ({@code @a,@b:user@host}) is dropped,
     * as RFC 5321 §4.1.2 tells servers to do. Empty when it is not an address.
     */
    public static Optional<MailAddress> parse(String path) {
        String mailbox = path;
        if (mailbox.startsWith("@") && mailbox.indexOf(':') > 0) mailbox = mailbox.substring(mailbox.indexOf(':') + 1);
        int at = mailbox.lastIndexOf('@');
        if (at <= 0 || at == mailbox.length() - 1) return Optional.empty();
        try {
            return Optional.of(new MailAddress(mailbox.substring(0, at), mailbox.substring(at + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The domain in lower case, as it is compared (RFC 5321 §2.4: domains are case-insensitive). */
    public String normalizedDomain() {
        return domain.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return localPart + "@" + domain;
    }
}
