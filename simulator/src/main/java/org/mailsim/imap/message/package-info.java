/**
 * The message side of IMAP FETCH and SEARCH (RFC 3501 §6.4.4, §6.4.5, §7.4.2): ENVELOPE,
 * BODY and BODYSTRUCTURE, the octets of {@code BODY[section]}, and the decoded header and body
 * text that SEARCH matches, all computed from a stored message's raw bytes with mime4j's help.
 *
 * <p>{@link org.mailsim.imap.message.Envelope} and {@link org.mailsim.imap.message.BodyStructure}
 * return response text that may hold literals ({@code {n}CRLF…}, n counting UTF-8 octets): send
 * it encoded as UTF-8, as raw bytes rather than as a single line.
 */
package org.mailsim.imap.message;
