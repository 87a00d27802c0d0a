package org.mailsim.scenario.device.smtp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.mailsim.net.ClientConnection;

/**
 * One server reply as a client reads it (RFC 5321 §4.2): every line starts with the three-digit
 * reply code; {@code 250-} means more lines follow, {@code 250 } ends the reply (§4.2.1).
 *
 * @param code   the reply code (220, 250, 354, 530 …)
 * @param lines  the lines as received, code included
 */
public record SmtpResponse(int code, List<String> lines) {

    public SmtpResponse {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) throw new IllegalArgumentException("a reply has at least one line");
    }

    /** Reads lines up to the one whose fourth character is a space (RFC 5321 §4.2.1). */
    public static SmtpResponse read(ClientConnection connection) throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        do {
            line = connection.readLine();
            lines.add(line);
        } while (line.length() > 3 && line.charAt(3) == '-');
        return new SmtpResponse(codeOf(line), lines);
    }

    private static int codeOf(String line) {
        if (line.length() < 3 || !line.substring(0, 3).chars().allMatch(Character::isDigit)) return 0;
        return Integer.parseInt(line.substring(0, 3));
    }

    /** 2xx: done (RFC 5321 §4.2.1). */
    public boolean positive() {
        return code / 100 == 2;
    }

    /** The last line, which is what a mail app quotes in its error message. */
    public String last() {
        return lines.get(lines.size() - 1);
    }

    /** The EHLO keywords (RFC 5321 §4.1.1.1): the first word after the code on each line but the first. */
    public boolean offers(String keyword) {
        return parameters(keyword).isPresent();
    }

    /** True when the EHLO reply's AUTH line (RFC 4954 §3: "AUTH" and the SASL mechanisms) lists {@code mechanism}. */
    public boolean offersAuth(String mechanism) {
        return parameters("AUTH").map(p -> List.of(p.toUpperCase(Locale.ROOT).split(" ")).contains(mechanism)).orElse(false);
    }

    /** The words after EHLO keyword {@code keyword} ("" when it has none), if the reply has it. */
    private Optional<String> parameters(String keyword) {
        Objects.requireNonNull(keyword);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() <= 4) continue;
            String[] words = line.substring(4).split(" ", 2);
            if (words[0].toUpperCase(Locale.ROOT).equals(keyword)) return Optional.of(words.length > 1 ? words[1] : "");
        }
        return Optional.empty();
    }
}
