/**
 * SMTP commands, one class per verb (RFC 5321 §4.1.1, RFC 3207 STARTTLS, RFC 4954 AUTH), and
 * {@link org.mailsim.smtp.command.SmtpCommandTable}, the protocol's table of contents.
 */
package org.mailsim.smtp.command;
