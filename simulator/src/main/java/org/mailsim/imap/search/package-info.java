/**
 * SEARCH (RFC 3501 §6.4.4): the search keys as records, the parser that reads them, and the
 * evaluator that tests one message, kept apart so each reads beside the RFC.
 */
package org.mailsim.imap.search;
