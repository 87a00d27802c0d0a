package org.mailsim.imap.fetch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order of the items in one {@code * n FETCH (…)}. RFC 3501 §7.4.2 allows any order; mailsim
 * uses Dovecot's so the same FETCH reads the same on both. Dovecot (src/imap/imap-fetch.c,
 * {@code imap_fetch_add_handler}) keeps the order asked, but writes the short "buffered" items
 * (UID, FLAGS, INTERNALDATE, RFC822.SIZE) before anything that streams message data (ENVELOPE,
 * BODY, BODYSTRUCTURE, RFC822*, BODY[…]); an item asked twice is answered once; the FLAGS a body
 * fetch adds because it set {@code \Seen} (§6.4.5) comes after the asked short items.
 */
public final class FetchOrder {
    private FetchOrder() {
    }

    /** {@code items} in Dovecot's order, with FLAGS added when {@code addFlags} and not asked. */
    public static List<FetchItem> dovecot(List<FetchItem> items, boolean addFlags) {
        Set<FetchItem> first = new LinkedHashSet<>();
        List<FetchItem> streamed = new ArrayList<>();
        for (FetchItem item : items) {
            if (isShort(item)) first.add(item);
            else if (item instanceof FetchItem.BodySection || !streamed.contains(item)) streamed.add(item);
        }
        if (addFlags) first.add(FetchItem.Attribute.FLAGS);
        List<FetchItem> ordered = new ArrayList<>(first);
        ordered.addAll(streamed);
        return ordered;
    }

    private static boolean isShort(FetchItem item) {
        return item == FetchItem.Attribute.UID || item == FetchItem.Attribute.FLAGS
                || item == FetchItem.Attribute.INTERNALDATE || item == FetchItem.Attribute.RFC822_SIZE;
    }
}
