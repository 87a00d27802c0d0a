package org.mailsim.smtp;

import java.time.Duration;
import java.util.Objects;

/**
 * How an SMTP server behaves where the RFCs leave a choice.
 *
 * @param maxMessageSize     octets, advertised as {@code SIZE} (RFC 1870 §4); 0 is not allowed here
 * @param maxRecipients      RCPTs per message; RFC 5321 §4.5.3.1.8 requires at least 100 to be accepted
 * @param commandTimeout     RFC 5321 §4.5.3.2: five minutes waiting for a command
 * @param dataBlockTimeout   RFC 5321 §4.5.3.2.5: three minutes between blocks of DATA
 * @param authFailureDelay   pause before a {@code 535}, to slow password guessing (tests use zero)
 * @param maxErrors          bad commands tolerated before {@code 421} and closing
 */
public record SmtpSettings(long maxMessageSize, int maxRecipients, Duration commandTimeout, Duration dataBlockTimeout,
                           Duration authFailureDelay, int maxErrors) {

    public SmtpSettings {
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        Objects.requireNonNull(dataBlockTimeout, "dataBlockTimeout");
        Objects.requireNonNull(authFailureDelay, "authFailureDelay");
        if (maxMessageSize < 1) throw new IllegalArgumentException("maxMessageSize must be positive");
        if (maxRecipients < 1) throw new IllegalArgumentException("maxRecipients must be positive");
        if (commandTimeout.isNegative() || commandTimeout.isZero()) throw new IllegalArgumentException("commandTimeout");
        if (dataBlockTimeout.isNegative() || dataBlockTimeout.isZero()) throw new IllegalArgumentException("dataBlockTimeout");
        if (authFailureDelay.isNegative()) throw new IllegalArgumentException("negative authFailureDelay");
        if (maxErrors < 1) throw new IllegalArgumentException("maxErrors must be positive");
    }

    /** 25 MB messages, 100 recipients, the RFC 5321 §4.5.3.2 timeouts, 1 s after a failed AUTH, 10 errors. */
    public static SmtpSettings defaults() {
        return new SmtpSettings(25L * 1024 * 1024, 100, Duration.ofMinutes(5), Duration.ofMinutes(3), Duration.ofSeconds(1), 10);
    }

    public SmtpSettings withAuthFailureDelay(Duration delay) {
        return new SmtpSettings(maxMessageSize, maxRecipients, commandTimeout, dataBlockTimeout, delay, maxErrors);
    }

    public SmtpSettings withMaxMessageSize(long size) {
        return new SmtpSettings(size, maxRecipients, commandTimeout, dataBlockTimeout, authFailureDelay, maxErrors);
    }

    public SmtpSettings withMaxRecipients(int recipients) {
        return new SmtpSettings(maxMessageSize, recipients, commandTimeout, dataBlockTimeout, authFailureDelay, maxErrors);
    }
}
