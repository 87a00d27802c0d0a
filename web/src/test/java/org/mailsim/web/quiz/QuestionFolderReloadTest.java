package org.mailsim.web.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.web.StandInServer.INFO;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailsim.web.WebApp;

/**
 * {@code serve --questions DIR} as an instructor edits a file while the class runs: the folder
 * is read again on the next page load, the cached picker ({@code /quiz}) gets new bytes and a new
 * ETag, and a file saved with a problem keeps the last good questions and names file and line.
 */
class QuestionFolderReloadTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aChangedQuestionFileIsReadOnTheNextLoadAndABrokenOneKeepsTheLastGoodBank(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("mine.yaml");
        write(file, question("mine-one", "Which protocol keeps the mailbox on the server, before the edit?"), 0);
        Javalin app = WebApp.create(WebApp.Parts.of(() -> INFO).withQuestions(Optional.of(folder))).start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + app.port();
            HttpResponse<String> picker = get(base + "/quiz", null);
            String etag = picker.headers().firstValue("ETag").orElseThrow();
            int size = bankSize(picker.body());
            assertThat(get(base + "/quiz", etag).statusCode()).isEqualTo(304);
            assertThat(get(base + "/quiz/take?ids=mine-one&seed=1", null).body()).contains("before the edit");

            write(file, question("mine-one", "Which protocol keeps the mailbox on the server, after the edit?") + question("mine-two", "A second one?"), 5);
            HttpResponse<String> changed = get(base + "/quiz", etag);
            assertThat(changed.statusCode()).isEqualTo(200);
            assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
            assertThat(bankSize(changed.body())).isEqualTo(size + 1);
            assertThat(get(base + "/quiz/take?ids=mine-one&seed=1", null).body()).contains("after the edit").doesNotContain("before the edit");

            String good = changed.headers().firstValue("ETag").orElseThrow();
            write(file, question("mine-one", "Half-saved") + "    options: [\n", 10);
            HttpResponse<String> broken = get(base + "/quiz", good);
            assertThat(broken.statusCode()).isEqualTo(200);
            assertThat(bankSize(broken.body())).as("the last good bank").isEqualTo(size + 1);
            assertThat(broken.body()).contains(file + ":").contains("before this change")
                    .containsPattern(java.util.regex.Pattern.quote(file.toString()) + ":[0-9]+:[0-9]+: ");
            assertThat(get(base + "/quiz/take?ids=mine-two&seed=1", null).body()).contains("A second one?");
        } finally {
            app.stop();
        }
    }

    private static String question(String id, String stem) {
        return """
                  - id: %s
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
                """.formatted(id, stem);
    }

    /** Writes {@code questions:} and the items, dated {@code seconds} ahead so every save is seen as a change. */
    private static void write(Path file, String items, int seconds) throws Exception {
        Files.writeString(file, "questions:\n" + items);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(seconds)));
    }

    private static int bankSize(String html) {
        var m = java.util.regex.Pattern.compile("The bank holds ([0-9]+) questions").matcher(html);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static HttpResponse<String> get(String url, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (ifNoneMatch != null) request.header("If-None-Match", ifNoneMatch);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
