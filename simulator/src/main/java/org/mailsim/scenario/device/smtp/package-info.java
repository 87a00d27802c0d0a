/**
 * The sending half of a scripted mail app: {@link org.mailsim.scenario.device.smtp.SmtpSender}
 * submits a message as a mail app's outgoing-server settings say (RFC 6409 submission, RFC 8314
 * implicit TLS, RFC 3207 STARTTLS, RFC 4954 AUTH), and
 * {@link org.mailsim.scenario.device.smtp.SmtpOnlyApp} is a device that only sends (RFC 5321).
 */
package org.mailsim.scenario.device.smtp;
