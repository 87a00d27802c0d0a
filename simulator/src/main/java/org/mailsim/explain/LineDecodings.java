package org.mailsim.explain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mailsim.net.Protocol;
import org.mailsim.wire.Direction;

/**
 * What a learner cannot read on the wire, decoded beside the explanation: a SASL PLAIN login in
 * base64 (shown as {@code \0alice\0••••}, the password hidden), the size a literal announces, and
 * mailbox names in IMAP's modified UTF-7. Each decoding is one more part of the explanation,
 * with the RFC that defines the encoding.
 */
final class LineDecodings {
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{4,}={0,2}");
    private static final Pattern LITERAL_AT_END = Pattern.compile("\\{(\\d{1,10})(\\+?)\\}$");
    private static final Pattern MUTF7 = Pattern.compile("\"?([\\x20-\\x7e&&[^\"]]*&[A-Za-z0-9+,]*-[\\x20-\\x7e&&[^\"]]*)\"?");
    static final String HIDDEN = "••••";

    private static final RfcRef SASL_PLAIN = new RfcRef("RFC 4616", "§2", "PLAIN SASL Mechanism");
    private static final RfcRef BASE64_REF = new RfcRef("RFC 4648", "§4", "Base 64 Encoding");
    private static final RfcRef LITERAL = new RfcRef("RFC 3501", "§4.3", "String (literal)");
    private static final RfcRef NON_SYNC = new RfcRef("RFC 7888", "§3", "Non-synchronizing literals");
    private static final RfcRef MAILBOX_NAMES = new RfcRef("RFC 3501", "§5.1.3", "Mailbox International Naming Convention");

    private LineDecodings() { }

    /** {@code explained} with a part per decoding the line holds, and the references that go with them. */
    static Explanation add(Protocol protocol, Direction direction, String line, Explanation explained) {
        List<Part> parts = new ArrayList<>();
        List<RfcRef> references = new ArrayList<>();
        if (direction == Direction.CLIENT_TO_SERVER) saslPlain(line).ifPresent(p -> {
            parts.add(p);
            references.add(SASL_PLAIN);
            references.add(BASE64_REF);
        });
        if (protocol == Protocol.IMAP) {
            literalSize(line).ifPresent(p -> {
                parts.add(p);
                references.add(LITERAL);
                if (p.text().endsWith("+}")) references.add(NON_SYNC);
            });
            List<Part> names = mailboxNames(line);
            if (!names.isEmpty()) {
                parts.addAll(names);
                references.add(MAILBOX_NAMES);
            }
        }
        if (parts.isEmpty()) return explained;
        List<Part> allParts = new ArrayList<>(explained.parts());
        for (Part decoded : parts) {
            int same = indexOf(allParts, decoded.text());
            // A piece the explanation already names keeps its place and its meaning, with the decoding after it.
            if (same >= 0) allParts.set(same, new Part(decoded.text(), allParts.get(same).meaning() + " Here: " + decoded.meaning()));
            else allParts.add(decoded);
        }
        List<RfcRef> allReferences = new ArrayList<>(explained.references());
        references.stream().filter(r -> !allReferences.contains(r)).forEach(allReferences::add);
        return new Explanation(explained.summary(), allParts, allReferences);
    }

    /**
     * The last word of a client line, when it is base64 of a SASL PLAIN message: authorization
     * identity, NUL, login, NUL, password (RFC 4616 §2). As IMAP's {@code AUTHENTICATE PLAIN x}
     * (RFC 4959), POP3's and SMTP's {@code AUTH PLAIN x} (RFC 5034, RFC 4954), or alone after a
     * continuation request.
     */
    static Optional<Part> saslPlain(String line) {
        String[] words = line.strip().split(" ");
        String last = words[words.length - 1];
        if (!BASE64.matcher(last).matches() || last.length() % 4 != 0) return Optional.empty();
        boolean plainCommand = line.toUpperCase(java.util.Locale.ROOT).matches("(\\S+ )?(AUTHENTICATE|AUTH) PLAIN \\S+");
        if (!plainCommand && words.length != 1) return Optional.empty();
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(last);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] fields = text.split("\0", -1);
        if (fields.length != 3 || fields[1].isEmpty() || !printable(fields[0]) || !printable(fields[1])) return Optional.empty();
        String shown = fields[0] + "\\0" + fields[1] + "\\0" + HIDDEN;
        return Optional.of(new Part(last, "decoded from base64: " + shown + " — SASL PLAIN: "
                + (fields[0].isEmpty() ? "no separate authorization identity" : "authorization identity " + fields[0])
                + ", a NUL byte (\\0), the login " + fields[1] + ", another NUL, then the password ("
                + fields[2].length() + " characters, hidden here). Base64 is an encoding, not encryption: anyone who"
                + " sees this line outside TLS decodes the password the same way."));
    }

    /** {@code {42}} or {@code {42+}} ending an IMAP line: how many bytes of data follow. */
    static Optional<Part> literalSize(String line) {
        Matcher m = LITERAL_AT_END.matcher(line);
        if (!m.find()) return Optional.empty();
        long n = Long.parseLong(m.group(1));
        String meaning = (n == 1 ? "the next byte is" : "the next " + n + " bytes are") + " a literal: data counted, not read as lines, so it may hold line breaks"
                + " and any character. " + (m.group(2).isEmpty()
                ? "A client sending it waits for the server's \"+\" (continuation request) first."
                : "The + means the client sends it at once, without waiting for \"+\" (LITERAL+).");
        return Optional.of(new Part(m.group(), meaning));
    }

    /** Each quoted or atom word holding modified UTF-7, with its Unicode. */
    static List<Part> mailboxNames(String line) {
        List<Part> parts = new ArrayList<>();
        for (String word : ImapTokens.split(line)) {
            Matcher m = MUTF7.matcher(word);
            if (!m.matches() || !ModifiedUtf7.encoded(m.group(1))) continue;
            String name = m.group(1);
            ModifiedUtf7.decode(name).filter(d -> !d.equals(name)).ifPresent(d -> parts.add(new Part(name,
                    "a mailbox name in IMAP's modified UTF-7: it reads \"" + d + "\". Names travel in 7-bit ASCII;"
                            + " other characters go as UTF-16 in base64 between & and -, and & itself as &-.")));
        }
        return parts;
    }

    private static int indexOf(List<Part> parts, String text) {
        for (int i = 0; i < parts.size(); i++) if (parts.get(i).text().equals(text)) return i;
        return -1;
    }

    private static boolean printable(String s) {
        return s.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }
}
