package org.mailsim.scenario.device.imap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the app knows of the account, kept across connections as a real app keeps it on disk:
 * the folder list from LIST with special uses (RFC 6154), the folder on screen, and a cache per
 * folder. It applies the server's untagged EXISTS, EXPUNGE and FETCH to the folder selected,
 * whenever they arrive (RFC 3501 §2.2.2, §5.2).
 */
final class Mailboxes {
    private final List<String> folders = new ArrayList<>();
    private final Map<String, String> bySpecialUse = new HashMap<>();
    private final Map<String, FolderCache> caches = new HashMap<>();
    private String current = "INBOX";
    /** The folder whose cache untagged responses update: the one selected now, or none. */
    private String receiving;

    List<String> folders() {
        return List.copyOf(folders);
    }

    boolean listed() {
        return !folders.isEmpty();
    }

    /** Replaces the folder list: each name with its LIST attributes. */
    void listed(Map<String, List<String>> attributesByName) {
        folders.clear();
        bySpecialUse.clear();
        attributesByName.forEach((name, attributes) -> {
            folders.add(name);
            for (String attribute : attributes) bySpecialUse.putIfAbsent(attribute.toLowerCase(Locale.ROOT), name);
        });
    }

    void added(String folder) {
        if (!folders.contains(folder)) folders.add(folder);
    }

    /** The folder with this special use ("\\Sent", "\\Trash"), else its usual name. */
    String special(String attribute, String fallback) {
        return bySpecialUse.getOrDefault(attribute.toLowerCase(Locale.ROOT), fallback);
    }

    String current() {
        return current;
    }

    void show(String folder) {
        current = folder;
    }

    FolderCache cache(String folder) {
        return caches.computeIfAbsent(folder, f -> new FolderCache());
    }

    FolderCache cache() {
        return cache(current);
    }

    /** Untagged data now updates {@code folder}'s cache, or no cache when null (during SELECT, or none selected). */
    void receiveFor(String folder) {
        receiving = folder;
    }

    /** Applies one untagged response; true if it changed the folder's contents or flags. */
    boolean apply(ImapResponse response) {
        if (receiving == null) return false;
        Optional<ImapResponse.Numbered> numbered = response.numbered();
        if (numbered.isEmpty()) return false;
        FolderCache cache = cache(receiving);
        int n = numbered.get().number();
        switch (numbered.get().name()) {
            case "EXISTS" -> cache.exists(n);                          // RFC 3501 §7.3.1
            case "EXPUNGE" -> cache.expunge(n);                        // RFC 3501 §7.4.1
            case "FETCH" -> cache.fetched(FetchItems.parse(response)); // RFC 3501 §7.4.2
            default -> {
                return false;
            }
        }
        return true;
    }
}
