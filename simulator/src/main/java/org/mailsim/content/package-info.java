/**
 * Checks on what a student reads, beyond a file's shape: every RFC citation resolves to a section
 * of the {@link org.mailsim.rfc.RfcIndex} ({@link org.mailsim.content.CitationScan}), no question
 * can be answered from its form alone ({@link org.mailsim.content.AnswerCues}), and no retired
 * exam code is left ({@link org.mailsim.content.RetiredExams}). {@link org.mailsim.content.ContentCheck}
 * runs them over scenario and question files for {@code mailsim check}.
 */
package org.mailsim.content;
