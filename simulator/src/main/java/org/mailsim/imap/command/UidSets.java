package org.mailsim.imap.command;

import java.util.List;

/** Writes UIDs as a compact sequence set, {@code 4:6,9}, for COPYUID (RFC 4315 §3 "uid-set"). */
final class UidSets {
    private UidSets() { }

    static String compact(List<Long> uids) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < uids.size()) {
            int j = i;
            while (j + 1 < uids.size() && uids.get(j + 1) == uids.get(j) + 1) j++;
            if (!out.isEmpty()) out.append(',');
            out.append(uids.get(i));
            if (j > i) out.append(':').append(uids.get(j));
            i = j + 1;
        }
        return out.toString();
    }
}
