package org.mailsim.web;

import java.util.Arrays;
import java.util.List;

import org.mailsim.live.LiveServerInfo;
import org.mailsim.live.PortBinding;
import org.mailsim.net.ServicePort;
import org.mailsim.store.Account;

/** The live server the web tests' pages describe: every port at its stand-in number, alice and bob. */
public final class StandInServer {
    private StandInServer() { }

    public static final LiveServerInfo INFO = new LiveServerInfo("localhost", "127.0.0.1",
            Arrays.stream(ServicePort.values()).map(p -> new PortBinding(p, p.standInPort(), false)).toList(),
            List.of(new Account("alice", "alice", "alice@mailsim.test", 0), new Account("bob", "bob", "bob@mailsim.test", 0)),
            "AB:CD:EF", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
}
