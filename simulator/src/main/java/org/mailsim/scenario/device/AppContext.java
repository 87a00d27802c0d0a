package org.mailsim.scenario.device;

import java.time.Clock;

import org.mailsim.net.ClientTls;
import org.mailsim.net.TlsKeyLog;
import org.mailsim.net.ServerCertificate;
import org.mailsim.scenario.AccountSpec;
import org.mailsim.scenario.DeviceSpec;

/**
 * What a scripted app knows: its own settings, the account the user set up, how to reach the
 * server, the clock, the server's certificate (which a user may have chosen to trust), and its
 * TLS sessions.
 */
public record AppContext(DeviceSpec device, AccountSpec account, Connector network, Clock clock, ServerCertificate serverCertificate,
        AppTls tlsClients) {

    public AppContext(DeviceSpec device, AccountSpec account, Connector network, Clock clock, ServerCertificate serverCertificate) {
        this(device, account, network, clock, serverCertificate, new AppTls(device.settings().serverName(), serverCertificate, clock));
    }

    /** With the replay's key log: every TLS session's secrets go there, for Wireshark. */
    public AppContext(DeviceSpec device, AccountSpec account, Connector network, Clock clock, ServerCertificate serverCertificate,
                      TlsKeyLog keyLog) {
        this(device, account, network, clock, serverCertificate, new AppTls(device.settings().serverName(), serverCertificate, clock, keyLog));
    }

    public String name() {
        return device.name();
    }

    /** What the user typed as password: the account's, unless the scenario gives the device another. */
    public String password() {
        return device.settings().password().orElse(account.password());
    }

    /** The TLS the app uses for its next connection, with the sessions it can resume; see {@link AppTls}. */
    public ClientTls tls(boolean userTrustsCertificate) {
        return tlsClients.client(userTrustsCertificate);
    }
}
