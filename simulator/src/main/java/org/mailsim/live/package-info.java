/**
 * The live server: the store with its demo accounts, the certificate and the TCP listeners on
 * every mail port, wired to the IMAP, POP3 and SMTP engines, for real clients to connect to.
 * Also what the live view shows of it: {@link org.mailsim.live.LiveMonitor} follows every
 * connection's lines as they arrive, with passwords and SASL payloads (RFC 4422) hidden by
 * {@link org.mailsim.live.CredentialMask}, and {@link org.mailsim.live.ClientSetup} works out
 * what to type into a mail client.
 */
package org.mailsim.live;
