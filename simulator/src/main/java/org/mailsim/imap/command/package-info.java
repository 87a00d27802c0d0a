/**
 * One class per IMAP command (RFC 3501 §6 and extensions), the {@link org.mailsim.imap.command.CommandTable}
 * that lists them in RFC order with the states they are allowed in, and the session state they act on.
 */
package org.mailsim.imap.command;
