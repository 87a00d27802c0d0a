/**
 * The live server: the store with its demo accounts, the certificate and the TCP listeners on
 * every mail port, wired to the IMAP, POP3 and SMTP engines, for real clients to connect to.
 */
package org.mailsim.live;
