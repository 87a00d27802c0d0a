package org.mailsim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MailStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T09:30:00Z"), ZoneOffset.UTC);

    private final MailStore store = MailStore.deterministic(CLOCK);

    MailStoreTest() {
        store.addAccount(new Account("alice", "alice", "alice@mailsim.test", 0));
    }

    private static RawMessage message(String subject) {
        return RawMessage.ofText("From: Bob <bob@mailsim.test>\nTo: alice@mailsim.test\nSubject: " + subject + "\n\nHello\n");
    }

    @Test
    void newAccountHasInboxAndSpecialUseFoldersSubscribed() {
        assertThat(store.folderNames("alice")).containsExactly("INBOX", "Archive", "Drafts", "Junk", "Sent", "Trash");
        assertThat(store.folder("alice", "Sent").specialUse()).contains(SpecialUse.SENT);
        assertThat(store.snapshot("alice").folders()).allMatch(FolderSnapshot::subscribed);
    }

    @Test
    void inboxIsCaseInsensitiveOtherNamesAreNot() {
        assertThat(store.folderExists("alice", "inbox")).isTrue();
        assertThat(store.folderExists("alice", "sent")).isFalse();
    }

    @Test
    void appendAssignsAscendingUidsAndDecodesSummary() {
        AppendResult first = store.append("alice", "INBOX", message("=?UTF-8?Q?Caf=C3=A9?="), Flags.NONE, null, "c1");
        AppendResult second = store.deliver("alice", message("Two"), "c1");
        assertThat(first.uid()).isEqualTo(1);
        assertThat(second.uid()).isEqualTo(2);
        FolderSnapshot inbox = store.folder("alice", "INBOX");
        assertThat(inbox.uidNext()).isEqualTo(3);
        assertThat(inbox.messages().get(0).summary().subject()).isEqualTo("Café");
        assertThat(inbox.messages().get(0).internalDate()).isEqualTo(CLOCK.instant());
    }

    @Test
    void uidValidityIsDeterministicAndChangesWhenAFolderIsRecreated() {
        MailStore other = MailStore.deterministic(CLOCK);
        other.addAccount(new Account("alice", "alice", "alice@mailsim.test", 0));
        assertThat(other.folder("alice", "INBOX").uidValidity()).isEqualTo(store.folder("alice", "INBOX").uidValidity());

        store.createFolder("alice", "Projects", null);
        long before = store.folder("alice", "Projects").uidValidity();
        store.deleteFolder("alice", "Projects", null);
        store.createFolder("alice", "Projects", null);
        assertThat(store.folder("alice", "Projects").uidValidity()).isGreaterThan(before); // RFC 3501 §2.3.1.1
    }

    @Test
    void flagsAddRemoveAndReplace() {
        store.deliver("alice", message("x"), null);
        store.storeFlags("alice", "INBOX", List.of(1L), MailStore.FlagMode.ADD, Flags.of(SystemFlag.SEEN, SystemFlag.FLAGGED), "c1");
        store.storeFlags("alice", "INBOX", List.of(1L), MailStore.FlagMode.REMOVE, Flags.of(SystemFlag.FLAGGED), "c1");
        assertThat(store.folder("alice", "INBOX").messages().get(0).flags()).isEqualTo(Flags.of(SystemFlag.SEEN));
        store.storeFlags("alice", "INBOX", List.of(1L), MailStore.FlagMode.REPLACE, Flags.parse(List.of("\\Draft", "$Label1")), "c1");
        assertThat(store.folder("alice", "INBOX").messages().get(0).flags().imapNames()).containsExactly("\\Draft", "$Label1");
    }

    @Test
    void expungeRemovesOnlyDeletedMessages() {
        for (int i = 0; i < 3; i++) store.deliver("alice", message("m" + i), null);
        store.storeFlags("alice", "INBOX", List.of(2L), MailStore.FlagMode.ADD, Flags.of(SystemFlag.DELETED), null);
        assertThat(store.expunge("alice", "INBOX", "c1")).containsExactly(2L);
        assertThat(store.folder("alice", "INBOX").uids()).containsExactly(1L, 3L);
    }

    @Test
    void moveKeepsFlagsAndGivesNewUids() {
        store.deliver("alice", message("a"), null);
        store.storeFlags("alice", "INBOX", List.of(1L), MailStore.FlagMode.ADD, Flags.of(SystemFlag.SEEN), null);
        CopyResult moved = store.move("alice", "INBOX", List.of(1L), "Archive", "c1");
        assertThat(moved.sourceUids()).containsExactly(1L);
        assertThat(moved.targetUids()).containsExactly(1L);
        assertThat(store.folder("alice", "INBOX").exists()).isZero();
        assertThat(store.folder("alice", "Archive").messages().get(0).flags().has(SystemFlag.SEEN)).isTrue();
    }

    @Test
    void renamingInboxMovesItsMessagesAndLeavesItEmpty() {
        store.deliver("alice", message("a"), null);
        store.renameFolder("alice", "INBOX", "Old", null); // RFC 3501 §6.3.5
        assertThat(store.folder("alice", "INBOX").exists()).isZero();
        assertThat(store.folder("alice", "Old").exists()).isEqualTo(1);
    }

    @Test
    void renameCarriesChildFolders() {
        store.createFolder("alice", "Work/2026", null);
        store.renameFolder("alice", "Work", "Job", null);
        assertThat(store.folderNames("alice")).contains("Job", "Job/2026").doesNotContain("Work", "Work/2026");
    }

    @Test
    void inboxCannotBeDeleted() {
        assertThatThrownBy(() -> store.deleteFolder("alice", "INBOX", null)).isInstanceOf(StoreException.NotAllowed.class);
    }

    @Test
    void quotaRefusesAppendWithADistinctOutcomeAndStoresNothing() {
        MailStore small = MailStore.deterministic(CLOCK);
        small.addAccount(new Account("bob", "bob", "bob@mailsim.test", 100));
        small.deliver("bob", RawMessage.ofText("Subject: x\n\n" + "a".repeat(50)), null);
        assertThatThrownBy(() -> small.deliver("bob", RawMessage.ofText("Subject: y\n\n" + "b".repeat(60)), null))
                .isInstanceOfSatisfying(StoreException.QuotaExceeded.class, e -> {
                    assertThat(e.resource()).isEqualTo(StoreException.QuotaExceeded.Resource.STORAGE);
                    assertThat(e.limit()).isEqualTo(100);
                    assertThat(e.needed()).isGreaterThan(60);
                });
        assertThat(small.folder("bob", "INBOX").exists()).isEqualTo(1);
        assertThatThrownBy(() -> small.copy("bob", "INBOX", List.of(1L), "Archive", null))
                .isInstanceOf(StoreException.QuotaExceeded.class);
        small.move("bob", "INBOX", List.of(1L), "Archive", null); // a move needs no more room
        assertThat(small.quota("bob").usedBytes()).isEqualTo(small.folder("bob", "Archive").totalBytes());
    }

    @Test
    void theMessageLimitCountsEveryFolderAndRefusesAppendAndCopyButNotMove() {
        MailStore small = MailStore.deterministic(CLOCK).limitMessagesPerAccount(2);
        small.addAccount(new Account("bob", "bob", "bob@mailsim.test", 0));
        small.deliver("bob", RawMessage.ofText("Subject: 1\n\none"), null);
        small.append("bob", "Archive", RawMessage.ofText("Subject: 2\n\ntwo"), Flags.NONE, null, null);
        assertThatThrownBy(() -> small.deliver("bob", RawMessage.ofText("Subject: 3\n\nthree"), null))
                .isInstanceOfSatisfying(StoreException.QuotaExceeded.class, e -> {
                    assertThat(e.resource()).isEqualTo(StoreException.QuotaExceeded.Resource.MESSAGE); // RFC 9208 §5.2
                    assertThat(e.limit()).isEqualTo(2);
                });
        assertThatThrownBy(() -> small.copy("bob", "INBOX", List.of(1L), "Archive", null))
                .isInstanceOf(StoreException.QuotaExceeded.class);
        small.move("bob", "INBOX", List.of(1L), "Archive", null);
        assertThat(small.folder("bob", "Archive").exists()).isEqualTo(2);
    }

    @Test
    void listenersHearEveryChangeWithItsOriginInOrder() {
        List<StoreEvent> heard = new ArrayList<>();
        try (var subscription = store.listen("alice", heard::add)) {
            store.deliver("alice", message("a"), "smtp-1");
            store.storeFlags("alice", "INBOX", List.of(1L), MailStore.FlagMode.ADD, Flags.of(SystemFlag.DELETED), "imap-2");
            store.storeFlags("alice", "INBOX", List.of(1L), MailStore.FlagMode.ADD, Flags.of(SystemFlag.DELETED), "imap-2"); // no change
            store.expunge("alice", "INBOX", "imap-2");
        }
        store.deliver("alice", message("after"), null);
        assertThat(heard).hasSize(3);
        assertThat(heard.get(0)).isInstanceOfSatisfying(StoreEvent.MessageAdded.class, e -> assertThat(e.origin()).isEqualTo("smtp-1"));
        assertThat(heard.get(1)).isInstanceOf(StoreEvent.FlagsChanged.class);
        assertThat(heard.get(2)).isInstanceOfSatisfying(StoreEvent.MessagesExpunged.class, e -> assertThat(e.uids()).containsExactly(1L));
    }

    @Test
    void aFailingListenerDoesNotUndoTheChange() {
        store.listen("alice", e -> { throw new IllegalStateException("boom"); });
        store.deliver("alice", message("a"), null);
        assertThat(store.folder("alice", "INBOX").exists()).isEqualTo(1);
    }

    @Test
    void recentIsClaimedByOneSessionOnly() {
        store.deliver("alice", message("a"), null);
        assertThat(store.claimRecentRange("alice", "INBOX")).isEqualTo(new MailStore.RecentClaim(0, 1)); // first session: UID 1 is recent
        assertThat(store.claimRecentRange("alice", "INBOX")).isEqualTo(new MailStore.RecentClaim(1, 1)); // second: nothing recent
    }

    @Test
    void authenticateChecksPassword() {
        assertThat(store.authenticate("alice", "alice")).isPresent();
        assertThat(store.authenticate("alice", "wrong")).isEmpty();
        assertThat(store.authenticate("nobody", "alice")).isEmpty();
    }

    @Test
    void diffShowsAddedRemovedAndChangedMessages() {
        store.deliver("alice", message("a"), null);
        store.deliver("alice", message("b"), null);
        StoreSnapshot before = store.snapshot();
        store.storeFlags("alice", "INBOX", List.of(1L), MailStore.FlagMode.ADD, Flags.of(SystemFlag.SEEN), null);
        store.remove("alice", "INBOX", Set.of(2L), null);
        store.deliver("alice", message("c"), null);
        store.createFolder("alice", "New", null);
        StoreDiff diff = StoreDiff.between(before, store.snapshot());
        assertThat(diff.changes()).containsExactlyInAnyOrder(
                new StoreDiff.Change.FlagsChanged("alice", "INBOX", 1, Flags.NONE, Flags.of(SystemFlag.SEEN)),
                new StoreDiff.Change.MessageRemoved("alice", "INBOX", 2),
                new StoreDiff.Change.MessageAdded("alice", "INBOX", 3),
                new StoreDiff.Change.FolderAdded("alice", "New"));
        assertThat(StoreDiff.between(store.snapshot(), store.snapshot()).isEmpty()).isTrue();
    }
}
