/**
 * FETCH (RFC 3501 §6.4.5, §7.4.2), split by sub-grammar: the fetch-att parser, the section-spec
 * parser, the response writer, and the {@link org.mailsim.imap.fetch.MessageParts} seam to the
 * MIME layer that builds ENVELOPE, BODYSTRUCTURE and body sections.
 */
package org.mailsim.imap.fetch;
