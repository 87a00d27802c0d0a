package org.mailsim.store;

import java.util.List;
import java.util.Optional;

/** One account's folders at one moment (immutable), INBOX first, then by name. */
public record AccountSnapshot(Account account, List<FolderSnapshot> folders, Quota quota) {
    public AccountSnapshot {
        folders = List.copyOf(folders);
    }

    public Optional<FolderSnapshot> folder(String name) {
        for (FolderSnapshot f : folders) {
            if (MailStore.sameFolderName(f.name(), name)) return Optional.of(f);
        }
        return Optional.empty();
    }
}
