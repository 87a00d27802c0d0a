package org.mailsim.setup;

import java.util.Locale;

import org.mailsim.live.ClientSetup;
import org.mailsim.live.LiveServerInfo;
import org.mailsim.net.ServicePort;
import org.mailsim.store.DemoMail;

/**
 * What every setup document says, taken from how the live server runs: the server name a device
 * types (one its certificate names) and the ports as bound — 1993 and 1587 by default, 993 and
 * 587 when mailsim listens on the real ports.
 *
 * @param host             the incoming and outgoing server (a name or an address in the certificate)
 * @param domain           the mail domain of the accounts ("mailsim.test")
 * @param imapsPort        IMAP with implicit TLS (stands for 993; RFC 8314 §3.1)
 * @param submissionPort   submission with STARTTLS (stands for 587; RFC 6409, RFC 3207)
 * @param submissionsPort  submission with implicit TLS (stands for 465; RFC 8314 §3.3), for the SRV records
 */
public record MailServerSettings(String host, String domain, int imapsPort, int submissionPort, int submissionsPort) {

    public static MailServerSettings of(LiveServerInfo info) {
        // ClientSetup picks the name the certificate names; the interface list only feeds its advice.
        ClientSetup setup = ClientSetup.of(info, java.util.List.of());
        return new MailServerSettings(setup.serverName().toLowerCase(Locale.ROOT), DemoMail.DOMAIN,
                setup.port(ServicePort.IMAPS), setup.port(ServicePort.SUBMISSION), setup.port(ServicePort.SUBMISSIONS));
    }

    /** The host as it goes into a URL: an IPv6 address in brackets (RFC 3986 §3.2.2). */
    public String urlHost() {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** The local part of an address ("student01" of "student01@mailsim.test"), which is the login here. */
    public static String localPart(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? address : address.substring(0, at);
    }

    /** True when the address is in this server's mail domain. */
    public boolean isOwnAddress(String address) {
        int at = address.lastIndexOf('@');
        return at > 0 && address.substring(at + 1).equalsIgnoreCase(domain);
    }
}
