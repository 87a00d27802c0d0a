package org.mailsim.dovecot;

import java.util.List;

/**
 * A line-by-line diff of two transcripts (longest common subsequence): "  " both, "- " only
 * Dovecot, "+ " only mailsim. Small inputs (a transcript is a few hundred lines), so the
 * quadratic table is fine.
 */
final class TranscriptDiff {
    private TranscriptDiff() { }

    static String of(List<String> dovecot, List<String> mailsim) {
        int n = dovecot.size();
        int m = mailsim.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = dovecot.get(i).equals(mailsim.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && dovecot.get(i).equals(mailsim.get(j))) {
                out.append("  ").append(dovecot.get(i++)).append('\n');
                j++;
            } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
                out.append("+ ").append(mailsim.get(j++)).append('\n');
            } else {
                out.append("- ").append(dovecot.get(i++)).append('\n');
            }
        }
        return out.toString();
    }
}
