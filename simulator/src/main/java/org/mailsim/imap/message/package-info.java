/**
 * The message side of IMAP FETCH and SEARCH (RFC 3501 §6.4.4, §6.4.5, §7.4.2): ENVELOPE,
 * BODY and BODYSTRUCTURE, the octets of {@code BODY[section]}, and the decoded header and body
 * text that SEARCH matches, all computed from a stored message's raw bytes with mime4j's help.
 */
package org.mailsim.imap.message;
