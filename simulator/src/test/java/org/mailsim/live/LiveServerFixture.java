package org.mailsim.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import jakarta.mail.Session;
import org.mailsim.net.ServicePort;

/**
 * A live server on ephemeral loopback ports with the demo accounts, and Angus Mail sessions that
 * trust its certificate. Public for the web module's tests of the live view.
 */
public final class LiveServerFixture implements AutoCloseable {
    public final LiveServer server;
    final Path dataDir;

    public LiveServerFixture() throws Exception {
        dataDir = Files.createTempDirectory("mailsim-live-test");
        server = LiveServer.start(LiveServerOptions.forTests(dataDir));
    }

    public int port(ServicePort service) {
        return server.port(service);
    }

    /**
     * An Angus Mail session for a protocol ("imap", "imaps", "pop3", "pop3s", "smtp", "smtps"):
     * TLS trusts exactly mailsim's certificate and checks the host name, as a careful client would.
     */
    public Session mailSession(String protocol, boolean startTls) {
        Properties p = new Properties();
        p.put("mail." + protocol + ".host", "localhost");
        p.put("mail." + protocol + ".port", String.valueOf(switch (protocol) {
            case "imap" -> port(ServicePort.IMAP);
            case "imaps" -> port(ServicePort.IMAPS);
            case "pop3" -> port(ServicePort.POP3);
            case "pop3s" -> port(ServicePort.POP3S);
            case "smtp" -> port(ServicePort.SUBMISSION);
            case "smtps" -> port(ServicePort.SUBMISSIONS);
            default -> throw new IllegalArgumentException(protocol);
        }));
        p.put("mail." + protocol + ".ssl.socketFactory", trustingContext().getSocketFactory());
        p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        if (startTls) {
            p.put("mail." + protocol + ".starttls.enable", "true");
            p.put("mail." + protocol + ".starttls.required", "true");
        }
        p.put("mail." + protocol + ".connectiontimeout", "5000");
        if (Boolean.getBoolean("mailsim.mailDebug")) p.put("mail.debug", "true");
        p.put("mail." + protocol + ".timeout", "10000");
        return Session.getInstance(p);
    }

    /** TLS that trusts exactly mailsim's certificate, as a user who accepted it would. */
    private javax.net.ssl.SSLContext trustingContext() {
        try {
            var trust = javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            trust.init(server.certificate().trustStore());
            var context = javax.net.ssl.SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
