package org.mailsim.lab;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLSession;

import org.mailsim.net.ClientConnection;
import org.mailsim.net.ClientTls;
import org.mailsim.net.Protocol;
import org.mailsim.net.ServicePort;

/** One device pane of a sandbox: its connection if any, what the device has been told, the tags it used. */
final class Pane {
    private final String name;
    private ServicePort service;
    private ClientConnection connection;
    private ClientView view;
    private String tlsVersion = "";
    private int sends;

    Pane(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** The service last connected to, or null before the first connection. */
    ServicePort service() {
        return service;
    }

    boolean connected() {
        return connection != null;
    }

    ClientConnection connection() {
        return connection;
    }

    String connectionId() {
        return connection == null ? null : connection.connectionId();
    }

    ClientView view() {
        return view;
    }

    void attach(ServicePort newService, ClientConnection newConnection) {
        service = newService;
        connection = newConnection;
        view = new ClientView(newService.protocol());
        tlsVersion = "";
        sends = 0;
    }

    /** Lets go of the connection; closes the client end if it is still open. */
    void detach() {
        if (connection == null) return;
        try {
            connection.close();
        } catch (IOException e) {
            // already gone: nothing to close
        }
        connection = null;
    }

    /**
     * The device's client runs the TLS handshake (RFC 8446) and checks the server's certificate
     * as a mail app does; returns the console's note of it.
     */
    String startTls(ClientTls tls) throws IOException {
        connection.startTls(tls);
        SSLSession session = connection.tlsSession().orElseThrow();
        tlsVersion = session.getProtocol().replace("TLSv", "TLS ");
        String subject = ((X509Certificate) session.getPeerCertificates()[0]).getSubjectX500Principal().getName();
        return "[TLS handshake: " + tlsVersion + ", certificate " + subject + "]";
    }

    void sent() {
        sends++;
    }

    /** The tag to suggest for the next IMAP command: a1, a2, … (RFC 3501 §2.2.1: a new tag per command). */
    String nextTag() {
        return "a" + (sends + 1);
    }

    /** @param serverState  the server's state name for this pane's connection, empty once it closed */
    PaneState state(Optional<String> serverState) {
        String last = service == null ? "" : service.name();
        if (!connected()) return new PaneState(name, last, "not connected", false, "", "", Hints.notConnected(), List.of(), "", List.of());
        String state = serverState.orElse("");
        boolean tls = connection.isTls();
        String tag = service.protocol() == Protocol.IMAP ? nextTag() : "";
        return new PaneState(name, last, describe(service) + ", port " + service.port(), true, tlsVersion, state,
                Hints.of(service, state, tls, view, tag), Completions.of(service.protocol(), state, tls), tag, view.facts());
    }

    /** "IMAP, STARTTLS available": the protocol and how the port is secured. */
    static String describe(ServicePort service) {
        String security = switch (service.security()) {
            case NONE -> "cleartext";
            case STARTTLS -> service.protocol() == Protocol.POP3 ? "STLS available" : "STARTTLS available";
            case IMPLICIT_TLS -> "TLS from the first byte";
        };
        return service.protocol() + ", " + security;
    }
}
