package org.mailsim.live;

import java.util.List;

import org.mailsim.store.StoreSnapshot;

/**
 * Everything the live view shows at one moment.
 *
 * @param version      the version of the last event it includes: a stream from here misses nothing
 * @param connections  open and recently closed connections, in the order they opened
 * @param store        the mailboxes
 */
public record LiveSnapshot(long version, List<LiveConnection> connections, StoreSnapshot store) {

    public LiveSnapshot {
        connections = List.copyOf(connections);
    }
}
