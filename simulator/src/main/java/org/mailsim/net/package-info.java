/**
 * Networks and listeners: the {@link org.mailsim.net.Session} seam every protocol engine
 * implements, listeners per port with a security mode (plain, STARTTLS, implicit TLS; RFC 8314),
 * the in-memory virtual network for deterministic replays and real TCP for live clients.
 */
package org.mailsim.net;
