package org.mailsim.scenario;

import java.util.Optional;

/**
 * The settings a mail app shows its user, as far as a scenario needs them.
 *
 * @param leaveOnServer      POP3: keep messages on the server after downloading ("leave a copy")
 * @param deleteAfterDays    POP3: remove from the server this many days after download, if set
 * @param checkEveryMinutes  poll this often instead of staying connected, if set
 * @param trustCertificate   the user accepted the server's self-signed certificate
 * @param tlsPolicy          for STARTTLS: require it, or use it if offered
 * @param serverName         the host name typed into the app (what the certificate must match)
 * @param password           what the user typed, when it differs from the account's (wrong password)
 * @param deleteMethod       IMAP: move to Trash (modern apps) or mark \Deleted and expunge
 */
public record DeviceSettings(boolean leaveOnServer, Optional<Integer> deleteAfterDays, Optional<Integer> checkEveryMinutes,
                             boolean trustCertificate, TlsPolicy tlsPolicy, String serverName, Optional<String> password,
                             DeleteMethod deleteMethod) {

    /** How an IMAP app deletes. */
    public enum DeleteMethod { MOVE_TO_TRASH, MARK_AND_EXPUNGE, MARK_ONLY }

    public static final String DEFAULT_SERVER_NAME = "mail.mailsim.test";
}
