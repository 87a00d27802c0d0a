package org.mailsim.live;

import java.util.List;

import org.mailsim.store.Account;

/**
 * What the web UI shows about the live server: where it listens, who can log in, and how a
 * client recognises its certificate.
 *
 * @param hostname                the server's name (certificate subject, greetings)
 * @param listenAddress           the address the listeners are bound to ("127.0.0.1" by default)
 * @param ports                   one entry per mail service, in {@link org.mailsim.net.ServicePort} order
 * @param accounts                the accounts a client can log in with
 * @param certificateFingerprint  SHA-256 of the certificate, colon-separated hex as browsers show it
 * @param certificatePem          the certificate in PEM, for download
 */
public record LiveServerInfo(
        String hostname,
        String listenAddress,
        List<PortBinding> ports,
        List<Account> accounts,
        String certificateFingerprint,
        String certificatePem) {

    public LiveServerInfo {
        ports = List.copyOf(ports);
        accounts = List.copyOf(accounts);
    }
}
