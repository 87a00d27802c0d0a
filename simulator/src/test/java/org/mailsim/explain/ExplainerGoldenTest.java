package org.mailsim.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Protocol;
import org.mailsim.wire.Direction;

/**
 * Every line of every golden transcript gets a specific explanation with an RFC reference; the
 * lines of a message (inside a literal, a POP3 RETR answer, or SMTP DATA) get the message-data one.
 */
class ExplainerGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Pattern CONNECTION = Pattern.compile("\\*\\*.* ↔ .*, port (\\d+) .*");
    private static final Map<Integer, Protocol> PORTS = Map.of(143, Protocol.IMAP, 993, Protocol.IMAP,
            110, Protocol.POP3, 995, Protocol.POP3, 25, Protocol.SMTP, 587, Protocol.SMTP, 465, Protocol.SMTP);

    private final Explainer explainer = Explainer.standard();
    private final ExplanationTable table = ExplanationTable.load();

    /** One transcript line: where it came from, the protocol, the direction, and its kind. */
    record Line(String where, Protocol protocol, Direction direction, String text, Kind kind) { }

    enum Kind { PROTOCOL, LITERAL, MESSAGE }

    @Test
    void explainsEveryLineOfEveryGoldenTranscript() throws IOException {
        List<Line> lines = goldenLines();
        assertThat(lines).hasSizeGreaterThan(4000);
        String literal = table.get("imap-syntax", "literal-line").summary();
        String pop3Data = table.get("message", "pop3-data").summary();
        String smtpData = table.get("message", "smtp-data").summary();
        for (Line line : lines) {
            Explanation e = line.kind() == Kind.LITERAL
                    ? explainer.explainLiteral(line.protocol(), line.direction(), line.text())
                    : explainer.explain(line.protocol(), line.direction(), line.text());
            String as = line.where() + " " + line.direction().prefix() + ": " + line.text();
            assertThat(e.isGeneric()).as(as).isFalse();
            assertThat(e.references()).as(as).isNotEmpty();
            assertThat(e.parts()).as(as).isNotEmpty();
            String messageSummary = line.protocol() == Protocol.POP3 ? pop3Data : smtpData;
            switch (line.kind()) {
                case LITERAL -> assertThat(e.summary()).as(as).isEqualTo(literal);
                case MESSAGE -> {
                    assertThat(e.summary()).as(as).isEqualTo(messageSummary);
                    assertThat(e.references()).as(as).anyMatch(r -> r.rfc().equals("RFC 5322"));
                }
                case PROTOCOL -> assertThat(e.summary()).as(as).isNotEqualTo(pop3Data).isNotEqualTo(smtpData);
            }
        }
    }

    /**
     * The lines of the ``` blocks, with the protocol from the connection header above each block.
     * A POP3 message runs from the +OK after RETR or TOP to the dot; an SMTP one from 354 to the dot.
     */
    private static List<Line> goldenLines() throws IOException {
        List<Line> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Protocol protocol = null;
                boolean inBlock = false;
                boolean inMessage = false;
                String lastCommand = "";
                int number = 0;
                for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    number++;
                    Matcher m = CONNECTION.matcher(raw);
                    if (m.matches()) protocol = PORTS.get(Integer.parseInt(m.group(1)));
                    if (raw.startsWith("```")) {
                        inBlock = !inBlock;
                        continue;
                    }
                    if (!inBlock || raw.length() < 2 || protocol == null) continue;
                    String prefix = raw.substring(0, 2);
                    String text = raw.length() > 3 ? raw.substring(3) : "";
                    Direction direction = prefix.charAt(0) == 'C' ? Direction.CLIENT_TO_SERVER : Direction.SERVER_TO_CLIENT;
                    String where = file.getFileName() + ":" + number;
                    if (prefix.charAt(1) == '|') {
                        out.add(new Line(where, protocol, direction, text, Kind.LITERAL));
                        continue;
                    }
                    if (prefix.charAt(1) != ':') continue;
                    if (inMessage && !text.startsWith("[TLS")) {
                        if (text.equals(".")) inMessage = false;
                        out.add(new Line(where, protocol, direction, text, inMessage ? Kind.MESSAGE : Kind.PROTOCOL));
                        continue;
                    }
                    out.add(new Line(where, protocol, direction, text, Kind.PROTOCOL));
                    if (direction == Direction.CLIENT_TO_SERVER && !text.startsWith("[")) lastCommand = text.split(" ")[0].toUpperCase();
                    if (protocol == Protocol.POP3 && text.startsWith("+OK") && (lastCommand.equals("RETR") || lastCommand.equals("TOP"))) inMessage = true;
                    if (protocol == Protocol.SMTP && text.startsWith("354")) inMessage = true;
                }
            }
        }
        return out;
    }
}
