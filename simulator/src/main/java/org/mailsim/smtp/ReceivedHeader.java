package org.mailsim.smtp;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The trace field every SMTP server prepends (RFC 5321 §4.4): where the message came from, who
 * took it, with which protocol (RFC 3848: ESMTP, then S for TLS and A for AUTH), the queue id,
 * the recipient and when. One per recipient, so no copy names the others ("for" of §4.4).
 *
 * <pre>
 * Received: from laptop.example (phone)
 *         by mail.mailsim.test (mailsim) with ESMTPSA id c1.1
 *         for &lt;bob@mailsim.test&gt;; Thu, 15 Jan 2026 09:30:00 +0000
 * </pre>
 */
public record ReceivedHeader(String heloName, String remote, String hostname, String protocol, String id,
                             MailAddress recipient, ZonedDateTime date) {

    /** RFC 5322 §3.3 date-time. */
    public static final DateTimeFormatter RFC_5322_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

    public ReceivedHeader {
        remote = remote.replaceAll("[^A-Za-z0-9.:_\\[\\]-]", "");
        for (String part : new String[] {heloName, hostname, protocol, id}) {
            if (!part.matches("[\\x21-\\x7E]+")) throw new IllegalArgumentException("not a header token");
        }
    }

    /** RFC 3848 §1–§3: SMTP for HELO; ESMTP, ESMTPS, ESMTPA or ESMTPSA after EHLO. */
    public static String protocol(boolean esmtp, boolean tls, boolean authenticated) {
        if (!esmtp) return "SMTP";
        return "ESMTP" + (tls ? "S" : "") + (authenticated ? "A" : "");
    }

    public static ZonedDateTime now(Clock clock) {
        return ZonedDateTime.now(clock);
    }

    /** The field, folded over three lines, ending with CR LF. */
    public String field() {
        return "Received: from " + heloName + " (" + remote + ")\r\n"
                + "\tby " + hostname + " (mailsim) with " + protocol + " id " + id + "\r\n"
                + "\tfor <" + recipient + ">; " + RFC_5322_DATE.format(date) + "\r\n";
    }
}
