package org.mailsim.imap.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.mailsim.store.RawMessage;

/**
 * Fuzzes the MIME layer with arbitrary messages. Invariant: BODYSTRUCTURE's octet count of every
 * part equals the number of bytes {@code FETCH BODY[part]} serves (RFC 3501 §7.4.2 body-fld-octets),
 * and neither throws. In {@code mvn verify} it replays the seeds in
 * {@code BodyStructureFuzzTestInputs/}; {@code bench/run fuzz} explores.
 */
class BodyStructureFuzzTest {

    @FuzzTest
    void bodyStructureOctetCountsEqualTheBytesFetchServes(byte[] input) {
        RawMessage message = RawMessage.of(input);
        String structure = BodyStructure.of(message, true);
        Expr parsed = new Reader(structure.getBytes(StandardCharsets.UTF_8)).expr();
        check(message, parsed, new ArrayList<>(), true);
    }

    /** Walks a body structure: multipart children, message/rfc822 enclosures, leaves' octets. */
    private static void check(RawMessage message, Expr body, List<Integer> path, boolean top) {
        List<Expr> items = body.list();
        if (!items.isEmpty() && items.getFirst().isList()) {          // multipart: children first
            int n = 1;
            for (Expr child : items) {
                if (!child.isList()) break;
                List<Integer> childPath = new ArrayList<>(path);
                childPath.add(n++);
                check(message, child, childPath, false);
            }
            return;
        }
        long octets = Long.parseLong(items.get(6).atom());
        List<Integer> section = top ? List.of(1) : path;
        byte[] served = Sections.extract(message, new SectionSpec(section, SectionSpec.Text.ALL, List.of()));
        // A single-part message: BODY[1] is its body; BODY[] of the whole would include the header.
        assertThat(served.length).as("BODY[%s] against BODYSTRUCTURE octets", section).isEqualTo(octets);
        boolean rfc822 = items.get(0).atom().equalsIgnoreCase("message") && items.get(1).atom().equalsIgnoreCase("rfc822");
        if (rfc822 && items.size() > 8 && items.get(8).isList()) {
            Expr inner = items.get(8);
            // The parts of an enclosed message are numbered below the message/rfc822 part itself (§6.4.5).
            List<Expr> innerItems = inner.list();
            if (!innerItems.isEmpty() && innerItems.getFirst().isList()) check(message, inner, section, false);
        }
    }

    /** A parsed BODYSTRUCTURE token: a list, or an atom / string / number (NIL is an atom). */
    private record Expr(List<Expr> children, String text) {
        boolean isList() {
            return children != null;
        }

        List<Expr> list() {
            return children == null ? List.of() : children;
        }

        String atom() {
            return text == null ? "" : text;
        }
    }

    /** Reads the IMAP syntax BODYSTRUCTURE uses: lists, quoted strings, literals, atoms. */
    private static final class Reader {
        private final byte[] in;
        private int pos;

        Reader(byte[] in) {
            this.in = in;
        }

        Expr expr() {
            while (in[pos] == ' ') pos++;
            if (in[pos] == '(') {
                pos++;
                List<Expr> items = new ArrayList<>();
                while (true) {
                    while (in[pos] == ' ') pos++;
                    if (in[pos] == ')') {
                        pos++;
                        return new Expr(items, null);
                    }
                    items.add(expr());
                }
            }
            if (in[pos] == '"') {
                StringBuilder s = new StringBuilder();
                pos++;
                while (in[pos] != '"') {
                    if (in[pos] == '\\') pos++;
                    s.append((char) in[pos++]);
                }
                pos++;
                return new Expr(null, s.toString());
            }
            if (in[pos] == '{') {
                int close = pos;
                while (in[close] != '}') close++;
                int n = Integer.parseInt(new String(in, pos + 1, close - pos - 1, StandardCharsets.US_ASCII));
                int start = close + 3; // "}" CR LF
                pos = start + n;
                return new Expr(null, new String(in, start, n, StandardCharsets.UTF_8));
            }
            int start = pos;
            while (in[pos] != ' ' && in[pos] != ')' && in[pos] != '(') pos++;
            return new Expr(null, new String(in, start, pos - start, StandardCharsets.US_ASCII));
        }
    }
}
