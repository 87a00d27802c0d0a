package org.mailsim.scenario.device.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The app's cache: UIDs that last, sequence numbers that shift (RFC 3501 §2.3.1). */
class FolderCacheTest {
    private final FolderCache cache = new FolderCache();

    private void fetched(int number, long uid, String subject, String flags) {
        String header = "Subject: " + subject + "\r\n\r\n";
        cache.fetched(FetchItems.parse(new ImapResponse("*", ("* " + number + " FETCH (UID " + uid + " FLAGS (" + flags
                + ") BODY[HEADER.FIELDS (SUBJECT)] {" + header.length() + "}\r\n" + header + ")\r\n").getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void anExpungeShiftsTheNumbersOfEveryLaterMessage() {
        cache.selected(1, 3);
        fetched(1, 10, "a", "");
        fetched(2, 11, "b", "");
        fetched(3, 12, "c", "");

        cache.expunge(1);
        cache.fetched(FetchItems.parse(new ImapResponse("*", "* 2 FETCH (FLAGS (\\Seen))\r\n".getBytes(StandardCharsets.UTF_8))));

        assertThat(cache.messages()).extracting(FolderCache.Cached::subject).containsExactly("b", "c");
        assertThat(cache.row(2)).hasValueSatisfying(m -> assertThat(m.has("\\Seen")).isTrue());
    }

    @Test
    void newMailAnnouncedByExistsIsUnfetchedUntilItsHeadersArrive() {
        cache.selected(1, 1);
        fetched(1, 10, "a", "\\Seen");

        cache.exists(2);
        assertThat(cache.hasUnfetched()).isTrue();
        fetched(2, 14, "new", "");

        assertThat(cache.hasUnfetched()).isFalse();
        assertThat(cache.highestUid()).isEqualTo(14);
    }

    @Test
    void aUidMissingFromTheFlagsAnswerWasExpungedElsewhere() {
        cache.selected(1, 2);
        fetched(1, 10, "a", "");
        fetched(2, 11, "b", "");

        cache.selected(1, 1); // a new session: one message left
        cache.keepOnly(11, List.of(11L));

        assertThat(cache.byUid(10)).isEmpty();
        assertThat(cache.byUid(11)).isPresent();
    }

    @Test
    void aNewUidValidityForgetsEveryUid() {
        cache.selected(1, 1);
        fetched(1, 10, "a", "");

        cache.selected(2, 0);

        assertThat(cache.highestUid()).isZero();
        assertThat(cache.messages()).isEmpty();
    }
}
