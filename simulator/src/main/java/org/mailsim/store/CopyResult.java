package org.mailsim.store;

import java.util.List;

/** Where copied messages landed: IMAP's {@code [COPYUID uidvalidity source-uids dest-uids]} (RFC 4315 §3). */
public record CopyResult(String folder, long uidValidity, List<Long> sourceUids, List<Long> targetUids) { }
