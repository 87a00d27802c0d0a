/**
 * The scripted IMAP app (RFC 3501, with IDLE RFC 2177, MOVE RFC 6851, UIDPLUS RFC 4315,
 * SPECIAL-USE RFC 6154): the client side of the protocol — a response reader, connecting and
 * logging in (STARTTLS RFC 3501 §6.2.1, implicit TLS RFC 8314), a UID-keyed sync cache, and
 * the user's actions, each sending what Thunderbird or iOS Mail would send.
 */
package org.mailsim.scenario.device.imap;
