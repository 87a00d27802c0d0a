package org.mailsim.setup;

import java.util.List;

/**
 * The DNS way a mail app finds its servers: SRV records (RFC 2782) under the mail domain, with
 * the service labels of RFC 6186 §3 and RFC 8314 §5.1. An app that knows only the address
 * "student01@mailsim.test" asks for {@code _imaps._tcp.mailsim.test} and gets back a host and a
 * port — so a server on a stand-in port (1993) is found as easily as one on 993.
 */
public final class SrvRecords {
    private SrvRecords() { }

    /**
     * One SRV record as a zone file line: {@code _service._tcp.domain. TTL IN SRV priority weight port target.}
     *
     * @param why what the label means, with its source
     */
    public record Srv(String service, int priority, int weight, int port, String target, String why) {
        public String owner(String domain) {
            return "_" + service + "._tcp." + domain + ".";
        }

        public String zoneLine(String domain) {
            return owner(domain) + " 3600 IN SRV " + priority + " " + weight + " " + port + " " + target;
        }
    }

    /**
     * The records that would point a mail app at this server: IMAP with TLS and both kinds of
     * submission. (A domain can also say a service is not offered at all, with the target "."
     * — RFC 6186 §3.4.)
     */
    public static List<Srv> of(MailServerSettings s) {
        String target = targetName(s) + ".";
        return List.of(
                new Srv("imaps", 0, 1, s.imapsPort(), target, "IMAP with TLS from the first byte (RFC 6186 §3.2)"),
                new Srv("submission", 0, 1, s.submissionPort(), target,
                        "message submission, STARTTLS before the login (RFC 6186 §3.1, RFC 3207)"),
                new Srv("submissions", 0, 1, s.submissionsPort(), target,
                        "message submission with TLS from the first byte (RFC 8314 §5.1)"));
    }

    /**
     * The SRV target: a host name with address records of its own, never an address literal
     * (RFC 2782, "Target"). When mailsim runs under an IP address, the records name
     * {@code mail.<domain>} and {@link #addressRecord} gives that name its address.
     */
    public static String targetName(MailServerSettings s) {
        return isAddress(s.host()) ? "mail." + s.domain() : s.host();
    }

    /** The A (or AAAA) record the target needs when mailsim runs under an address; empty otherwise. */
    public static java.util.Optional<String> addressRecord(MailServerSettings s) {
        if (!isAddress(s.host())) return java.util.Optional.empty();
        return java.util.Optional.of(targetName(s) + ". 3600 IN " + (s.host().contains(":") ? "AAAA " : "A ") + s.host());
    }

    private static boolean isAddress(String host) {
        return host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.contains(":");
    }
}
