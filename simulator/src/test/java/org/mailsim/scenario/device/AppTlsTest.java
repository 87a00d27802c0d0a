package org.mailsim.scenario.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.mailsim.net.ClientTls;
import org.mailsim.net.ServerCertificate;
import org.mailsim.net.VirtualClock;

/** An app keeps its TLS client (and so its sessions) while its ticket lasts, one per trust decision. */
class AppTlsTest {
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-01-15T09:30:00Z"));
    private final AppTls tls = new AppTls("mail.mailsim.test", ServerCertificate.forReplays(), clock);

    @Test
    void theSameClientComesBackWithinTheTicketLifetime() {
        ClientTls first = tls.client(true);
        clock.advance(ServerCertificate.TICKET_LIFETIME.minusMinutes(1));
        assertThat(tls.client(true)).isSameAs(first);
    }

    @Test
    void trustingTheCertificateIsAnotherClientWithItsOwnSessions() {
        assertThat(tls.client(true)).isNotSameAs(tls.client(false));
        assertThat(tls.client(true).hostname()).isEqualTo("mail.mailsim.test");
    }

    @Test
    void afterTheTicketLifetimeOfVirtualTimeTheAppStartsAfresh() {
        ClientTls first = tls.client(true);
        clock.advance(ServerCertificate.TICKET_LIFETIME.plus(Duration.ofMinutes(1)));
        assertThat(tls.client(true)).isNotSameAs(first);
    }
}
