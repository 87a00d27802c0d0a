/**
 * "Explain this line": what every line mailsim puts on the wire means, piece by piece, in plain
 * words for a CompTIA A+ / Network+ student, with the RFC sections that define it (IMAP RFC 3501
 * and its extensions, POP3 RFC 1939/2449, SMTP RFC 5321/3463/4954, messages RFC 5322, TLS RFC 8446).
 *
 * <p>The knowledge lives in one data file, {@code src/main/resources/explain/explanations.yaml},
 * read with Jackson into {@link org.mailsim.explain.ExplanationTable}: one row per command,
 * response, response code, reply code, capability and keyword, each with its summary and RFC
 * section. A data file rather than a Java table because the rows are prose: an instructor can
 * read, correct or translate them as a table without reading Java, and the classes here only
 * cut a line into pieces and look the pieces up. {@link org.mailsim.explain.Explainer} is the
 * entry point; it returns text only and never throws, and the web layer escapes what it shows.
 */
package org.mailsim.explain;
