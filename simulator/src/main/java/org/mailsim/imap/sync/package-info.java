/**
 * Keeping several sessions on one mailbox in step (RFC 3501 §5.2, §7.4.1): each session's own
 * sequence numbers and the store changes it still has to report as EXISTS, EXPUNGE and FETCH.
 */
package org.mailsim.imap.sync;
