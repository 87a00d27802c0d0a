package org.mailsim.scenario;

import org.mailsim.net.Protocol;
import org.mailsim.net.Security;

/**
 * A device in a scenario: a mail app with one account, set up by its user.
 *
 * @param name      "phone", "laptop"
 * @param account   the login of the account it uses
 * @param protocol  what the app speaks
 * @param port      the port the user typed (may be wrong: that is some scenarios' lesson)
 * @param security  what the user chose: none, STARTTLS, or SSL/TLS (implicit)
 * @param outgoing  where it sends mail ("send a message"); submission on 587 unless the scenario says
 */
public record DeviceSpec(String name, String account, Protocol protocol, int port, Security security, DeviceSettings settings,
                         OutgoingSpec outgoing) { }
