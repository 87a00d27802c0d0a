package org.mailsim.live;

import java.util.List;
import java.util.Objects;

/**
 * Which connections the live view shows, for a class of 30 devices that would bury each other:
 * only one account's, or one device's (its address), newest first, a page at a time.
 *
 * @param account  a login, or "" for every account
 * @param device   a client address without its port ("192.168.1.31"), or "" for every device
 * @param page     1-based
 */
public record LiveSelection(String account, String device, int page) {
    /** Connections per page: ten sections of lines fit a projected screen or two. */
    public static final int PAGE_SIZE = 10;
    public static final LiveSelection ALL = new LiveSelection("", "", 1);

    public LiveSelection {
        account = Objects.requireNonNullElse(account, "").strip();
        device = Objects.requireNonNullElse(device, "").strip();
        page = Math.max(1, page);
    }

    /** One page of the selected connections, newest first. */
    public record Page(List<LiveConnection> connections, int page, int pages, int matching) {
        public Page {
            connections = List.copyOf(connections);
        }
    }

    public boolean filtered() {
        return !account.isEmpty() || !device.isEmpty();
    }

    public boolean matches(LiveConnection c) {
        return (account.isEmpty() || account.equals(c.account())) && (device.isEmpty() || device.equals(device(c.info().remote())));
    }

    /** @param oldestFirst as {@link LiveSnapshot#connections()} lists them */
    public Page select(List<LiveConnection> oldestFirst) {
        List<LiveConnection> matching = oldestFirst.reversed().stream().filter(this::matches).toList();
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(page, pages);
        int from = (shown - 1) * PAGE_SIZE;
        return new Page(matching.subList(from, Math.min(from + PAGE_SIZE, matching.size())), shown, pages, matching.size());
    }

    /** The device part of a remote end: "192.168.1.31" of "192.168.1.31:50123", "::1" of "[::1]:50123". */
    public static String device(String remote) {
        if (remote.startsWith("[")) {
            int close = remote.indexOf(']');
            return close > 0 ? remote.substring(1, close) : remote;
        }
        int colon = remote.lastIndexOf(':');
        return colon > 0 && remote.indexOf(':') == colon ? remote.substring(0, colon) : remote;
    }
}
