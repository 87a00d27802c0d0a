package org.mailsim.setup;

import java.util.ArrayList;
import java.util.List;

import org.mailsim.live.LiveServerInfo;
import org.mailsim.live.PortBinding;
import org.mailsim.net.ServerCertificate;
import org.mailsim.net.ServicePort;
import org.mailsim.store.Account;

/** A live server's settings as {@code serve} would report them, without starting one. */
final class SetupFixtures {
    private SetupFixtures() { }

    /** Stand-in ports (1993, 1587, 1465 …) or, with {@code realPorts}, the well-known ones. */
    static LiveServerInfo info(String listen, String hostname, boolean realPorts, ServerCertificate certificate) {
        List<PortBinding> ports = new ArrayList<>();
        for (ServicePort p : ServicePort.values()) ports.add(new PortBinding(p, realPorts ? p.port() : p.standInPort(), false));
        return new LiveServerInfo(hostname, listen, ports,
                List.of(new Account("student01", "maple-otter-42", "student01@mailsim.test", 0)),
                certificate.fingerprintSha256(), certificate.pem());
    }
}
