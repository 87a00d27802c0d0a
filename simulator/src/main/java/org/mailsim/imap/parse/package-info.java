/**
 * The IMAP command grammar (RFC 3501 §9, RFC 7888 literals): a reader for atoms, strings,
 * literals, numbers, sequence sets and flag lists, and IMAP's date formats.
 */
package org.mailsim.imap.parse;
