package org.mailsim.scenario.device.imap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Check mail" as Thunderbird does it: the folder list, SELECT, then headers only — never
 * bodies — and on later checks only what changed: new UIDs above the highest one known, and the
 * flags of the rest, where a UID missing from the answer was expunged elsewhere (RFC 4549 §4.3,
 * the disconnected-client sync; RFC 3501 §2.3.1.1 UIDs).
 */
final class Sync {
    /** The list columns only (RFC 3501 §6.4.5 BODY.PEEK: fetching headers must not mark mail read). */
    static final String HEADERS = "(UID FLAGS RFC822.SIZE BODY.PEEK[HEADER.FIELDS (FROM TO SUBJECT DATE)])";

    private Sync() { }

    /** RFC 3501 §6.3.8: {@code LIST "" "*"} — every folder, with attributes such as \Sent (RFC 6154). */
    static void listFolders(ImapClient client, Mailboxes mailboxes) throws IOException {
        Completion list = client.run("LIST \"\" \"*\"");
        Map<String, List<String>> folders = new LinkedHashMap<>();
        for (ImapResponse response : list.data("LIST")) {
            List<Object> tokens = response.tokens(); // LIST (attributes) delimiter name
            if (tokens.size() < 4) continue;
            List<String> attributes = new ArrayList<>();
            if (tokens.get(1) instanceof List<?> names) names.forEach(a -> attributes.add(String.valueOf(a)));
            Object name = tokens.get(3);
            String wire = name instanceof byte[] literal ? new String(literal, StandardCharsets.UTF_8) : String.valueOf(name);
            folders.put(Strings.mailboxFromWire(wire), attributes);
        }
        mailboxes.listed(folders);
    }

    /**
     * RFC 3501 §6.3.1: SELECT, reading EXISTS and UIDVALIDITY. Untagged data is not applied while
     * it runs: the numbers it announces belong to the new session.
     */
    static boolean select(Online online, Mailboxes mailboxes, String folder) throws IOException {
        online.selected = null;
        mailboxes.receiveFor(null);
        Completion done = online.client.run("SELECT " + Strings.mailbox(folder));
        if (!done.ok()) return false;
        int exists = 0;
        long validity = 0;
        for (ImapResponse response : done.untagged()) {
            var numbered = response.numbered();
            if (numbered.isPresent() && numbered.get().name().equals("EXISTS")) exists = numbered.get().number();
            if (response.codeName().equals("UIDVALIDITY")) validity = Long.parseLong(response.code().substring("UIDVALIDITY".length()).trim());
        }
        mailboxes.cache(folder).selected(validity, exists);
        mailboxes.receiveFor(folder);
        online.selected = folder;
        return true;
    }

    /** The sync itself, on the folder selected: everything the first time, the changes after that. */
    static void sync(Online online, Mailboxes mailboxes) throws IOException {
        FolderCache cache = mailboxes.cache(online.selected);
        long highest = cache.highestUid();
        if (highest == 0) {
            online.client.run("UID FETCH 1:* " + HEADERS);
            return;
        }
        fetchNew(online, mailboxes);
        Completion flags = online.client.run("UID FETCH 1:" + highest + " (UID FLAGS)");
        List<Long> answered = new ArrayList<>();
        for (ImapResponse response : flags.untagged()) {
            if (response.numbered().map(n -> n.name().equals("FETCH")).orElse(false)) {
                Long uid = FetchItems.parse(response).uid();
                if (uid != null) answered.add(uid);
            }
        }
        cache.keepOnly(highest, answered); // a UID not answered for is gone
    }

    /** New mail only: UIDs above the highest known (RFC 3501 §9: {@code n:*} includes the last message even if below n). */
    static void fetchNew(Online online, Mailboxes mailboxes) throws IOException {
        long highest = mailboxes.cache(online.selected).highestUid();
        online.client.run("UID FETCH " + (highest + 1) + ":* " + HEADERS);
    }
}
