/**
 * The POP3 engine: RFC 1939 (states AUTHORIZATION → TRANSACTION → UPDATE, the maildrop lock),
 * RFC 2449 (CAPA, response codes), RFC 2595 (STLS) and RFC 5034 (AUTH PLAIN). Commands live in
 * {@link org.mailsim.pop3.command}, one class per verb; {@link org.mailsim.pop3.Pop3} makes sessions.
 */
package org.mailsim.pop3;
