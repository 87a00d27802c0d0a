package org.mailsim.live;

import org.mailsim.net.ServicePort;

/**
 * One mail service as the live server runs it.
 *
 * @param service                the well-known port it stands for (993, …)
 * @param boundPort              where it actually listens (1993 by default, the real port if asked)
 * @param plaintextLoginAllowed  true when {@code --allow-plaintext-login} lets passwords through before TLS
 */
public record PortBinding(ServicePort service, int boundPort, boolean plaintextLoginAllowed) {
}
