package org.mailsim.scenario.device;

import java.util.List;

/**
 * What a device with a {@link TypedSession} (the POP3 app, an SMTP-only device) keeps beside it:
 * whether it is online and whether its user has said to trust the server's certificate.
 */
public final class TypedConsole {
    public static final String OFFLINE = "Offline: this device cannot reach the server";

    private final AppContext context;
    private final TypedSession session;
    private boolean trusted;
    private boolean online = true;

    public TypedConsole(AppContext context, TypedSession session) {
        this.context = context;
        this.session = session;
        this.trusted = context.device().settings().trustCertificate();
    }

    public boolean online() {
        return online;
    }

    public boolean trusted() {
        return trusted;
    }

    /** A line the learner typed; {@code oneLineHint} answers text with a line break in it. */
    public List<String> type(String line, String oneLineHint) {
        if (!online) return List.of(OFFLINE);
        if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) return List.of(oneLineHint);
        return session.type(context, trusted, line);
    }

    public List<String> quit() {
        return session.quit(context, trusted);
    }

    /** These protocols' servers push nothing; a timeout notice may be waiting, and is read and dropped. */
    public List<String> settle() {
        session.drain();
        return List.of();
    }

    /** The network goes away; true if a session was open and dropped without its goodbye. */
    public boolean goOffline() {
        boolean wasOpen = session.isOpen();
        session.drop();
        online = false;
        return wasOpen;
    }

    public List<String> comeOnline() {
        online = true;
        return List.of();
    }

    public List<String> trust() {
        trusted = true;
        return List.of("This device now trusts the server's certificate");
    }

    /** The device's status line: "offline", "not connected" or the open connection. */
    public String connection() {
        return online ? session.describe() : "offline";
    }
}
