package org.mailsim.setup;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An Apple configuration profile ({@code .mobileconfig}) that sets up one account on an iPhone,
 * iPad or Mac: a {@code com.apple.mail.managed} payload (IMAP incoming, SMTP submission outgoing)
 * and a {@code com.apple.security.root} payload holding mailsim's self-signed certificate, so the
 * device trusts the server it is about to log in to. Keys as in Apple's Device Management
 * reference ("Mail", "Certificate Root", "TopLevel").
 *
 * <p>The profile is not signed: the device says "Not Signed" (or "Unverified") when it is
 * installed, which is honest: nothing vouches for it but the classroom. It holds no password:
 * the device asks for it while installing, so the profile can be fetched by anyone without
 * handing out a login. Identifiers and UUIDs are derived from the host and login, so downloading
 * the profile again replaces the installed one instead of adding a second account.
 */
public final class AppleProfile {
    public static final String MAIL_PAYLOAD = "com.apple.mail.managed";
    public static final String ROOT_PAYLOAD = "com.apple.security.root";
    public static final String CONTENT_TYPE = "application/x-apple-aspen-config";

    private AppleProfile() { }

    /**
     * @param certificateDer mailsim's certificate, DER-encoded (what {@code /certificate.der} serves)
     */
    public static String plist(MailServerSettings s, String login, String address, byte[] certificateDer) {
        String id = "test.mailsim.setup." + s.host() + "." + login;
        Map<String, Object> mail = new LinkedHashMap<>();
        mail.put("EmailAccountDescription", "mailsim class (" + login + ")");
        mail.put("EmailAccountName", login);
        mail.put("EmailAccountType", "EmailTypeIMAP");
        mail.put("EmailAddress", address);
        mail.put("IncomingMailServerAuthentication", "EmailAuthPassword");
        mail.put("IncomingMailServerHostName", s.host());
        mail.put("IncomingMailServerPortNumber", s.imapsPort());
        mail.put("IncomingMailServerUseSSL", true);
        mail.put("IncomingMailServerUsername", login);
        mail.put("OutgoingMailServerAuthentication", "EmailAuthPassword");
        mail.put("OutgoingMailServerHostName", s.host());
        mail.put("OutgoingMailServerPortNumber", s.submissionPort());
        mail.put("OutgoingMailServerUseSSL", true);
        mail.put("OutgoingMailServerUsername", login);
        mail.put("OutgoingPasswordSameAsIncomingPassword", true);
        mail.putAll(payload(MAIL_PAYLOAD, id + ".mail", "Mail account " + address,
                "IMAP account " + address + " on " + s.host() + ": incoming IMAP port " + s.imapsPort()
                        + " with TLS, outgoing SMTP submission port " + s.submissionPort() + " with TLS. You type the password."));

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("PayloadCertificateFileName", "mailsim.crt");
        root.put("PayloadContent", certificateDer);
        root.putAll(payload(ROOT_PAYLOAD, id + ".certificate", "mailsim certificate for " + s.host(),
                "mailsim's self-signed certificate, trusted as a root so the mail account can check the server's name."));

        Map<String, Object> top = new LinkedHashMap<>();
        top.put("PayloadContent", List.of(mail, root));
        top.put("PayloadDescription", "Installs two things from the mailsim classroom server " + s.host() + ": "
                + "(1) the mail account " + address + " (IMAP in, SMTP out, both with TLS) and "
                + "(2) mailsim's self-signed certificate as a trusted root. Remove this profile after class to remove both.");
        top.put("PayloadDisplayName", "mailsim: " + address);
        top.put("PayloadIdentifier", id);
        top.put("PayloadOrganization", "mailsim (classroom)");
        top.put("PayloadRemovalDisallowed", false);
        top.put("PayloadType", "Configuration");
        top.put("PayloadUUID", uuid(id));
        top.put("PayloadVersion", 1);
        return PlistWriter.document(top);
    }

    private static Map<String, Object> payload(String type, String identifier, String displayName, String description) {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("PayloadDescription", description);
        keys.put("PayloadDisplayName", displayName);
        keys.put("PayloadIdentifier", identifier);
        keys.put("PayloadType", type);
        keys.put("PayloadUUID", uuid(identifier));
        keys.put("PayloadVersion", 1);
        return keys;
    }

    /** The same identifier gives the same UUID, so a second download replaces the first profile. */
    private static String uuid(String identifier) {
        return UUID.nameUUIDFromBytes(identifier.getBytes(StandardCharsets.UTF_8)).toString().toUpperCase(java.util.Locale.ROOT);
    }
}
