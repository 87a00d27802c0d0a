package org.mailsim.scenario.device;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.mailsim.net.ClientTls;
import org.mailsim.net.TlsKeyLog;
import org.mailsim.net.ServerCertificate;

/**
 * An app's TLS clients, one per trust decision, kept while the app runs. Coming back to the same
 * server and port, the app offers the ticket it was given last time and resumes that session
 * (RFC 8446 §2.2): a real, shorter handshake without the certificate, as mail apps do when they
 * reconnect. Tickets are good for {@link ServerCertificate#TICKET_LIFETIME} (RFC 8446 §4.6.1);
 * the JDK checks that against the real clock, so when more virtual time than that has passed the
 * app forgets its sessions here and makes a full handshake again.
 */
public final class AppTls {
    private final String serverName;
    private final ServerCertificate certificate;
    private final Clock clock;
    private final TlsKeyLog keyLog;
    private final Map<Boolean, ClientTls> clients = new HashMap<>();
    private final Map<Boolean, Instant> lastUsed = new HashMap<>();

    AppTls(String serverName, ServerCertificate certificate, Clock clock) {
        this(serverName, certificate, clock, null);
    }

    /** @param keyLog  where the sessions' secrets go (a replay's, for its Wireshark export), or null */
    AppTls(String serverName, ServerCertificate certificate, Clock clock, TlsKeyLog keyLog) {
        this.serverName = serverName;
        this.certificate = certificate;
        this.clock = clock;
        this.keyLog = keyLog;
    }

    /**
     * Trusting the simulator's self-signed certificate when the user accepted it, else the JDK's
     * public CAs only (which refuse it, RFC 8314 §5.3); the name checked is the server name typed
     * into the app.
     */
    ClientTls client(boolean userTrustsCertificate) {
        Instant now = clock.instant();
        Instant last = lastUsed.put(userTrustsCertificate, now);
        if (last != null && Duration.between(last, now).compareTo(ServerCertificate.TICKET_LIFETIME) >= 0) {
            clients.remove(userTrustsCertificate);
        }
        return clients.computeIfAbsent(userTrustsCertificate, trusts -> {
            ClientTls tls = trusts ? ClientTls.trusting(certificate, serverName) : ClientTls.jdkDefault(serverName);
            // Scripted apps run on the virtual network only: replays stay byte for byte alike. Each
            // client of a replay draws its own random bytes, so no two share a ClientHello random.
            int n = keyLog == null ? 0 : keyLog.registerClient(); // the first client keeps the seed replays always had
            ClientTls repeatable = n == 0 ? tls.asRepeatable() : tls.asRepeatable("client " + n);
            return keyLog == null ? repeatable : repeatable.withKeyLog(keyLog);
        });
    }
}
