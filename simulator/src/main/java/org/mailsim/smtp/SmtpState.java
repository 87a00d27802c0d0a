package org.mailsim.smtp;

/**
 * Where an SMTP session is in its dialogue (RFC 5321 §4.1.4, §3.3).
 *
 * <pre>
 *   INITIAL ──EHLO/HELO──► READY ──MAIL──► MAIL ──RCPT──► RCPT ──DATA (354)──► DATA ──"."──► READY
 *      ▲                    ▲  └──────────── RSET, EHLO: back to READY ◄──────────┘
 *      └──── STARTTLS (RFC 3207 §4.2: the client must EHLO again) ───┘
 * </pre>
 */
public enum SmtpState {
    /** Greeted, no EHLO/HELO yet (also right after STARTTLS). */
    INITIAL,
    /** EHLO/HELO done, no mail transaction. */
    READY,
    /** MAIL FROM accepted, no recipient yet. */
    MAIL,
    /** At least one RCPT TO accepted. */
    RCPT,
    /** After 354: reading the message until the line with a single dot. */
    DATA
}
