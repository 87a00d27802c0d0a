package org.mailsim.store;

/** Where an appended message landed: IMAP's {@code [APPENDUID uidvalidity uid]} (RFC 4315 §3). */
public record AppendResult(String folder, long uidValidity, long uid) { }
