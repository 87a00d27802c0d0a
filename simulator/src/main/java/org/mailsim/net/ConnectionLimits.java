package org.mailsim.net;

import java.util.HashMap;
import java.util.Map;

/** Counts open connections in total and per remote address, against {@link TransportLimits}. */
final class ConnectionLimits {

    private final Map<String, Integer> perRemote = new HashMap<>();
    private int total;

    /** Takes a slot for {@code remote} if both limits allow; false means refuse. */
    synchronized boolean tryAcquire(String remote, TransportLimits limits) {
        int mine = perRemote.getOrDefault(remote, 0);
        if (total >= limits.maxConnections() || mine >= limits.maxPerRemote()) return false;
        total++;
        perRemote.put(remote, mine + 1);
        return true;
    }

    synchronized void release(String remote) {
        Integer mine = perRemote.get(remote);
        if (mine == null) return;
        total--;
        if (mine == 1) perRemote.remove(remote);
        else perRemote.put(remote, mine - 1);
    }
}
