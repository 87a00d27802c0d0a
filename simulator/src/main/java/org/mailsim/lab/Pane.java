package org.mailsim.lab;

import java.io.IOException;

import org.mailsim.net.ClientConnection;
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

    void tlsOn(String version) {
        tlsVersion = version;
    }

    /** "TLS 1.3" once the handshake is done, "" in cleartext. */
    String tlsVersion() {
        return tlsVersion;
    }

    void sent() {
        sends++;
    }

    /** The tag to suggest for the next IMAP command: a1, a2, … (RFC 3501 §2.2.1: a new tag per command). */
    String nextTag() {
        return "a" + (sends + 1);
    }
}
