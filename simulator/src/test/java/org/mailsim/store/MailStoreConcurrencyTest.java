package org.mailsim.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.RepeatedTest;

/** Several threads append, flag and expunge at once: no lost update, UIDs ascending, snapshots consistent. */
class MailStoreConcurrencyTest {

    @RepeatedTest(3)
    void concurrentAppendsFlagsAndExpungesLoseNothing() throws Exception {
        MailStore store = MailStore.live(Clock.systemUTC());
        store.addAccount(new Account("alice", "alice", "alice@mailsim.test", 0));
        int threads = 8, perThread = 200;
        ConcurrentLinkedQueue<StoreEvent> events = new ConcurrentLinkedQueue<>();
        store.listen("alice", events::add);
        List<String> inconsistencies = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads + 1)) {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                work.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        AppendResult added = store.append("alice", "INBOX",
                                RawMessage.ofText("Subject: t" + id + " m" + i + "\n\nbody\n"), Flags.NONE, null, "t" + id);
                        store.storeFlags("alice", "INBOX", List.of(added.uid()), MailStore.FlagMode.ADD, Flags.of(SystemFlag.SEEN), "t" + id);
                        if (i % 2 == 0) {
                            store.storeFlags("alice", "INBOX", List.of(added.uid()), MailStore.FlagMode.ADD, Flags.of(SystemFlag.DELETED), "t" + id);
                        }
                        if (ThreadLocalRandom.current().nextInt(10) == 0) store.expunge("alice", "INBOX", "t" + id);
                    }
                    return null;
                }));
            }
            Future<?> reader = pool.submit(() -> {
                start.await();
                for (int i = 0; i < 300; i++) {
                    FolderSnapshot inbox = store.snapshot("alice").folder("INBOX").orElseThrow();
                    long previous = 0;
                    for (StoredMessage m : inbox.messages()) {
                        if (m.uid() <= previous) synchronized (inconsistencies) { inconsistencies.add("UIDs out of order"); }
                        if (m.uid() >= inbox.uidNext()) synchronized (inconsistencies) { inconsistencies.add("UID above UIDNEXT"); }
                        previous = m.uid();
                    }
                    long used = store.snapshot("alice").quota().usedBytes();
                    if (used < 0) synchronized (inconsistencies) { inconsistencies.add("negative usage"); }
                }
                return null;
            });
            start.countDown();
            for (Future<?> f : work) f.get();
            reader.get();
        }
        store.expunge("alice", "INBOX", null);

        FolderSnapshot inbox = store.folder("alice", "INBOX");
        assertThat(inconsistencies).isEmpty();
        assertThat(inbox.uidNext()).isEqualTo(threads * perThread + 1);      // every append got its own UID
        assertThat(inbox.exists()).isEqualTo(threads * perThread / 2);       // exactly the undeleted half is left
        assertThat(inbox.messages()).allMatch(m -> m.flags().has(SystemFlag.SEEN)); // no flag update lost
        assertThat(store.quota("alice").usedBytes()).isEqualTo(inbox.totalBytes());
        long added = events.stream().filter(e -> e instanceof StoreEvent.MessageAdded).count();
        long expunged = events.stream().filter(e -> e instanceof StoreEvent.MessagesExpunged)
                .mapToLong(e -> ((StoreEvent.MessagesExpunged) e).uids().size()).sum();
        assertThat(added).isEqualTo(threads * perThread);
        assertThat(expunged).isEqualTo(threads * perThread / 2);
    }
}
