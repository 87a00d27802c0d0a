package org.mailsim.net;

/** How a listener protects its connections (RFC 8314 §3). */
public enum Security {
    /** Cleartext only, nothing offered: port 25 between servers in this simulator. */
    NONE,
    /** Cleartext first, upgraded by STARTTLS / STLS on request: 143, 110, 587, 25. */
    STARTTLS,
    /** TLS from the first byte, before any greeting: 993, 995, 465 (RFC 8314 §3.2, §3.3). */
    IMPLICIT_TLS;

    public String label() {
        return switch (this) {
            case NONE -> "none";
            case STARTTLS -> "STARTTLS";
            case IMPLICIT_TLS -> "implicit TLS";
        };
    }
}
