package org.mailsim.scenario.device;

import java.time.Clock;

import org.mailsim.net.ClientTls;
import org.mailsim.net.ServerCertificate;
import org.mailsim.scenario.AccountSpec;
import org.mailsim.scenario.DeviceSpec;

/**
 * What a scripted app knows: its own settings, the account the user set up, how to reach the
 * server, the clock, and the server's certificate (which a user may have chosen to trust).
 */
public record AppContext(DeviceSpec device, AccountSpec account, Connector network, Clock clock, ServerCertificate serverCertificate) {

    public String name() {
        return device.name();
    }

    /** What the user typed as password: the account's, unless the scenario gives the device another. */
    public String password() {
        return device.settings().password().orElse(account.password());
    }

    /**
     * The TLS the app uses: trusting the simulator's self-signed certificate when the user
     * accepted it, else the JDK's public CAs only (which refuse it, RFC 8314 §5.3); the name
     * checked is the server name typed into the app.
     */
    public ClientTls tls(boolean userTrustsCertificate) {
        String serverName = device.settings().serverName();
        ClientTls tls = userTrustsCertificate ? ClientTls.trusting(serverCertificate, serverName) : ClientTls.jdkDefault(serverName);
        return tls.asRepeatable(); // scripted apps run on the virtual network only: replays stay byte for byte alike
    }
}
