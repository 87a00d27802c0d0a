package org.mailsim.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An instructor's question folder as the web UI watches it: read on first use, again after a change, the last good bank kept. */
class QuestionLibraryTest {
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void readOnFirstUseAgainOnlyAfterAChangeAndAHalfSavedFileKeepsTheLastGoodBank(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("mine.yaml");
        write(file, question("Before?"), 0);
        QuestionLibrary library = new QuestionLibrary(Optional.of(folder), () -> load(file));
        long generation = library.generation();
        assertThat(loads).as("asking for the generation never loads the bank").hasValue(0);
        assertThat(library.current().questions()).extracting(q -> q.info().stem()).containsExactly("Before?");
        library.current();
        assertThat(loads).as("nothing changed: not read again").hasValue(1);
        assertThat(library.generation()).isEqualTo(generation);

        write(file, question("After?"), 5);
        assertThat(library.generation()).isNotEqualTo(generation);
        assertThat(library.current().questions()).extracting(q -> q.info().stem()).containsExactly("After?");
        assertThat(library.keptLastGood()).isFalse();

        QuestionBank good = library.current();
        write(file, question("Half") + "    options: [\n", 10);
        assertThat(library.current()).isSameAs(good);
        assertThat(library.keptLastGood()).isTrue();
        assertThat(library.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.toString()).matches("mine.yaml:[0-9]+:[0-9]+: .*"));

        write(file, question("Fixed?"), 15);
        assertThat(library.current().questions()).extracting(q -> q.info().stem()).containsExactly("Fixed?");
        assertThat(library.keptLastGood()).isFalse();
        assertThat(library.problems()).isEmpty();
    }

    @Test
    void withoutAFolderTheBankIsReadOnce() {
        QuestionLibrary library = new QuestionLibrary(Optional.empty(), () -> {
            loads.incrementAndGet();
            return QuestionBank.loadFile("none.yaml", "questions: []\n");
        });
        long generation = library.generation();
        library.current();
        library.current();
        assertThat(loads).hasValue(1);
        assertThat(library.generation()).isEqualTo(generation);
    }

    private QuestionBank load(Path file) {
        loads.incrementAndGet();
        try {
            return QuestionBank.loadFile("mine.yaml", Files.readString(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String question(String stem) {
        return """
                questions:
                  - id: mine-one
                    type: single
                    topic: imap-vs-pop3
                    difficulty: beginner
                    objectives:
                      - {exam: A+ 220-1201, objective: "2.1"}
                    stem: "%s"
                    options:
                      - {text: IMAP, correct: true, why: "IMAP works on the mailbox where it lives, on the server."}
                      - {text: POP3, why: "POP3 downloads to one device."}
                    reference: {rfc: "RFC 3501 §2.1"}
                """.formatted(stem);
    }

    private static void write(Path file, String text, int seconds) throws Exception {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(seconds)));
    }
}
