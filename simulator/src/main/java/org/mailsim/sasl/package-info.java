/** SASL mechanisms shared by the IMAP, POP3 and SMTP engines: PLAIN (RFC 4616). */
package org.mailsim.sasl;
