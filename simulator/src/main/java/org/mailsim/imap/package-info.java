/**
 * The IMAP4rev1 server engine (RFC 3501) with the extensions real clients rely on: IDLE
 * (RFC 2177), UIDPLUS (RFC 4315), MOVE (RFC 6851), UNSELECT (RFC 3691), NAMESPACE (RFC 2342),
 * SPECIAL-USE (RFC 6154), LITERAL+ (RFC 7888), ID (RFC 2971), ENABLE (RFC 5161), QUOTA (RFC 9208).
 * {@link org.mailsim.imap.Imap} makes sessions; {@link org.mailsim.imap.ImapSession} takes lines
 * and literals and returns replies; the commands live in {@code command/}, listed in
 * {@link org.mailsim.imap.command.CommandTable}.
 */
package org.mailsim.imap;
