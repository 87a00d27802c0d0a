/**
 * The SMTP engine: RFC 5321 (transfer, port 25), RFC 6409 (submission, port 587), RFC 8314
 * (submissions, implicit TLS, port 465), RFC 3207 (STARTTLS), RFC 4954 (AUTH), RFC 1870 (SIZE),
 * RFC 6152 (8BITMIME), RFC 2034/3463 (enhanced status codes). Commands live in
 * {@link org.mailsim.smtp.command}, one class per verb; {@link org.mailsim.smtp.Smtp} makes sessions.
 */
package org.mailsim.smtp;
