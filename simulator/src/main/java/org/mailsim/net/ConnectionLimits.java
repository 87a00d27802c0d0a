package org.mailsim.net;

import java.util.HashMap;
import java.util.Map;

/** Counts open connections in total and per remote address, against {@link TransportLimits}. */
final class ConnectionLimits {

    /** Whether a new connection may stay, and if not, which limit it met. */
    enum Admission { ADMITTED, TOTAL_REACHED, ADDRESS_REACHED }

    private final Map<String, Integer> perRemote = new HashMap<>();
    private int total;

    /** Takes a slot for {@code remote} if both limits allow; otherwise names the limit reached. */
    synchronized Admission tryAcquire(String remote, TransportLimits limits) {
        int mine = perRemote.getOrDefault(remote, 0);
        if (total >= limits.maxConnections()) return Admission.TOTAL_REACHED;
        if (mine >= limits.maxPerRemote()) return Admission.ADDRESS_REACHED;
        total++;
        perRemote.put(remote, mine + 1);
        return Admission.ADMITTED;
    }

    synchronized void release(String remote) {
        Integer mine = perRemote.get(remote);
        if (mine == null) return;
        total--;
        if (mine == 1) perRemote.remove(remote);
        else perRemote.put(remote, mine - 1);
    }
}
