package org.mailsim.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineFramerTest {
    private final LineFramer framer = new LineFramer(512);

    private List<String> lines() {
        List<String> out = new ArrayList<>();
        LineFramer.Input input;
        while ((input = framer.next(Reply.Next.READ_LINE)) != null) {
            out.add(switch (input) {
                case LineFramer.LineInput l -> l.line().text() + (l.line().endedWithCrlf() ? "" : "<bare LF>");
                case LineFramer.TooLong t -> "<too long>";
                case LineFramer.LiteralInput l -> "<literal>";
            });
        }
        return out;
    }

    private void add(String text) {
        framer.add(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void cutsManyLinesFromOneRead() {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < 1000; i++) data.append("line ").append(i).append("\r\n");
        add(data.toString());
        List<String> lines = lines();
        assertThat(lines).hasSize(1000).startsWith("line 0", "line 1").endsWith("line 999");
    }

    @Test
    void joinsALineSplitAcrossReadsAndKeepsBareLfVisible() {
        add("a1 NO");
        assertThat(lines()).isEmpty();
        add("OP\r\nbare\nrest");
        assertThat(lines()).containsExactly("a1 NOOP", "bare<bare LF>");
        add("\r\n");
        assertThat(lines()).containsExactly("rest");
    }

    @Test
    void handsOutAnAnnouncedLiteralByCountNotByLines() {
        add("hello\r\nworld\r\nnext\r\n");
        assertThat(new String(((LineFramer.LiteralInput) framer.next(new Reply.Next.ReadLiteral(14))).bytes(), StandardCharsets.US_ASCII))
                .isEqualTo("hello\r\nworld\r\n");
        assertThat(lines()).containsExactly("next");
    }

    @Test
    void dropsAnOverLongLineAcrossReadsAndReportsItOnce() {
        add("x".repeat(400));
        assertThat(lines()).isEmpty();
        add("x".repeat(400));
        assertThat(lines()).isEmpty();          // over the limit: dropped, not buffered
        add("x".repeat(400) + "\r\nok\r\n");
        assertThat(lines()).containsExactly("<too long>", "ok");
    }
}
