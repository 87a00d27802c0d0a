/**
 * The wiretap: every byte of every connection, both ways, as cleartext, as the TLS records an
 * eavesdropper sees (RFC 8446 §5.1 record layer, RFC 5246 §6.2) and as the protocol bytes
 * decrypted inside TLS, with the transcript view and the JSON and Markdown exports built on it.
 */
package org.mailsim.wire;
