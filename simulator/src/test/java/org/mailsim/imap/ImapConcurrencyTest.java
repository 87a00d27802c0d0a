package org.mailsim.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailsim.net.SessionDriver;

/**
 * Real threads: deliveries, another device's commands and an IDLE session at once. Nothing may
 * deadlock (the store's thread only tryLocks a session) and the IDLE session's numbers must add up.
 */
class ImapConcurrencyTest {

    @Test
    @Timeout(20)
    void idleSessionKeepsCountWhileOthersChangeTheMailbox() throws Exception {
        ImapHarness server = new ImapHarness();
        SessionDriver phone = server.selected("phone");
        SessionDriver laptop = server.selected("laptop");
        assertThat(phone.send("b1 IDLE")).containsExactly("+ idling");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> deliveries = threads.submit(() -> {
                for (int i = 0; i < 200; i++) server.deliver("m" + i);
            });
            Future<?> flags = threads.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    laptop.send("a" + i + " NOOP");
                    laptop.send("f" + i + " STORE 1:* +FLAGS.SILENT (\\Seen)");
                }
            });
            deliveries.get(15, TimeUnit.SECONDS);
            flags.get(15, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        List<String> pushed = new ArrayList<>(phone.pushed());
        pushed.addAll(phone.send("DONE"));
        pushed.addAll(phone.send("b2 NOOP"));
        List<Integer> exists = pushed.stream().filter(l -> l.endsWith(" EXISTS"))
                .map(l -> Integer.parseInt(l.split(" ")[1])).toList();
        assertThat(exists).isSorted().isNotEmpty();
        assertThat(exists.getLast()).isEqualTo(200);
        assertThat(pushed).noneMatch(l -> l.contains("EXPUNGE"));
        assertThat(phone.send("b3 FETCH 200 UID")).containsExactly("* 200 FETCH (UID 200)", "b3 OK Fetch completed");
    }
}
