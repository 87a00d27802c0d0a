/**
 * POP3 commands, one class per verb (RFC 1939 §4–§7, RFC 2449 CAPA, RFC 2595 STLS, RFC 5034
 * AUTH), and {@link org.mailsim.pop3.command.Pop3CommandTable}, the protocol's table of contents.
 */
package org.mailsim.pop3.command;
