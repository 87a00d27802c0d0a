package org.mailsim.scenario.device.pop3;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The folders on the device: "Inbox" with the downloaded copies, and "Sent" once something has
 * been sent. Messages are numbered per folder from 1, oldest first, as the screen lists them.
 */
final class LocalMailbox {

    static final String INBOX = "Inbox";
    static final String SENT = "Sent";

    private final Map<String, List<LocalMessage>> folders = new LinkedHashMap<>();

    LocalMailbox() {
        folders.put(INBOX, new ArrayList<>());
    }

    List<String> folderNames() {
        return List.copyOf(folders.keySet());
    }

    /** The local folder a user means by {@code name}: "INBOX" and "inbox" both open Inbox. */
    Optional<String> folderNamed(String name) {
        return folders.keySet().stream().filter(folder -> folder.equalsIgnoreCase(name)).findFirst();
    }

    void add(String folder, LocalMessage message) {
        folders.computeIfAbsent(folder, f -> new ArrayList<>()).add(message);
    }

    List<LocalMessage> messages(String folder) {
        return List.copyOf(folders.getOrDefault(folder, List.of()));
    }

    /** Message {@code number} (from 1) of {@code folder}, if there is one. */
    Optional<LocalMessage> get(String folder, int number) {
        List<LocalMessage> list = folders.getOrDefault(folder, List.of());
        return number >= 1 && number <= list.size() ? Optional.of(list.get(number - 1)) : Optional.empty();
    }

    void replace(String folder, int number, LocalMessage message) {
        folders.get(folder).set(number - 1, message);
    }

    void remove(String folder, int number) {
        folders.get(folder).remove(number - 1);
    }

    /** The copy with this id in {@code folder}, if the device still has it. */
    Optional<LocalMessage> find(String folder, String id) {
        return folders.getOrDefault(folder, List.of()).stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
