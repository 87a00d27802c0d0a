package org.mailsim.scenario.device.pop3;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the app remembers between checks, like Thunderbird's {@code popstate.dat}: each UIDL it
 * has downloaded and when. RFC 1939 §7 makes UIDL stable across sessions, so a "leave on server"
 * client downloads each message once; deleting the local copy does not forget the UIDL, or the
 * message would come back at the next check.
 */
final class UidlRecord {

    private final Map<String, Instant> downloaded = new LinkedHashMap<>();

    boolean has(String uidl) {
        return downloaded.containsKey(uidl);
    }

    void downloaded(String uidl, Instant when) {
        downloaded.putIfAbsent(uidl, when);
    }

    /** Downloaded more than {@code days} days before {@code now}: time to remove it from the server. */
    boolean olderThan(String uidl, int days, Instant now) {
        Instant when = downloaded.get(uidl);
        return when != null && now.isAfter(when.plus(Duration.ofDays(days)));
    }
}
