/**
 * The mail store: accounts, folders (mailboxes), messages with UIDs and flags (RFC 3501 §2.3),
 * quotas (RFC 9208), and the change events that let one protocol session tell the others
 * (RFC 3501 §5.2, §7.4.1). The only shared mutable state in mailsim; everything here is
 * thread-safe, and every read hands out immutable values.
 */
package org.mailsim.store;
