package org.mailsim.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mailsim.net.SessionDriver;
import org.mailsim.store.StoredMessage;
import org.mailsim.store.SystemFlag;

/**
 * POP3 has no flags (RFC 1939), but the server marks what RETR downloaded {@code \Seen} when the
 * session ends, as Dovecot does by default: an IMAP device then shows it read.
 */
class Pop3SeenFlagTest {
    private final Pop3Fixture world = new Pop3Fixture().mail(Pop3Fixture.FIRST).mail(Pop3Fixture.SECOND);

    private List<Boolean> seen() {
        return world.store.folder("alice", "INBOX").messages().stream().map(StoredMessage::flags).map(f -> f.has(SystemFlag.SEEN)).toList();
    }

    @Test
    void retrMarksSeenWhenTheSessionEndsAndTopDoesNot() {
        SessionDriver pop = world.alice();
        pop.send("RETR 1");
        pop.send("TOP 2 0");
        assertThat(seen()).as("nothing changes during the session").containsExactly(false, false);
        pop.send("QUIT");
        assertThat(seen()).containsExactly(true, false);
    }

    @Test
    void aDroppedSessionStillMarksWhatItDownloadedButDeletesNothing() {
        SessionDriver pop = world.alice();
        pop.send("RETR 2");
        pop.send("DELE 1");
        pop.drop();
        assertThat(world.store.folder("alice", "INBOX").exists()).isEqualTo(2);
        assertThat(seen()).containsExactly(false, true);
    }

    @Test
    void rsetForgetsThePendingSeenMarks() {
        SessionDriver pop = world.alice();
        pop.send("RETR 1");
        pop.send("RSET");
        pop.send("QUIT");
        assertThat(seen()).containsExactly(false, false);
    }

    @Test
    void aMessageDeletedAtQuitIsRemovedNotMarked() {
        SessionDriver pop = world.alice();
        pop.send("RETR 1");
        pop.send("DELE 1");
        pop.send("RETR 2");
        pop.send("QUIT");
        assertThat(seen()).containsExactly(true);
    }
}
