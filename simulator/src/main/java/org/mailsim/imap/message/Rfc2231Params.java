package org.mailsim.imap.message;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mailsim.imap.message.ContentType.Param;

/**
 * RFC 2231 parameter values, merged and decoded the way Dovecot's {@code rfc2231-parser.c} does
 * before it writes BODYSTRUCTURE:
 * <ul>
 *   <li>§3 continuations {@code name*0="a"; name*1="b"} become one {@code name="ab"}, placed
 *       after the ordinary parameters; with an index missing, each piece stays on its own;</li>
 *   <li>§4 extended values {@code name*=utf-8'en'caf%C3%A9} become {@code name="café"}: the
 *       %XX octets are undone and the charset converted to UTF-8 (sent then as a literal).</li>
 * </ul>
 * Values are octet strings, as in {@link HeaderBlock}.
 */
final class Rfc2231Params {
    private Rfc2231Params() { }

    private record Piece(String key, int index, boolean extended, String value) { }

    static List<Param> merge(List<Param> params) {
        List<Param> out = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        for (Param p : params) {
            int star = p.name().indexOf('*');
            if (star < 0) {
                out.add(p);
                continue;
            }
            String key = p.name().substring(0, star);
            String suffix = p.name().substring(star + 1);
            int digits = 0;
            while (digits < suffix.length() && Character.isDigit(suffix.charAt(digits))) digits++;
            String rest = suffix.substring(digits);
            if (digits == 0 && rest.isEmpty()) {
                out.add(new Param(key, decode(p.value(), new String[1]))); // RFC 2231 §4 name*=charset'lang'value
            } else if (digits > 0 && (rest.isEmpty() || rest.equals("*"))) {
                pieces.add(new Piece(key, Integer.parseInt(suffix.substring(0, digits)), !rest.isEmpty(), p.value()));
            } else {
                out.add(p); // not RFC 2231 syntax after all
            }
        }
        pieces.sort(Comparator.comparing(Piece::key).thenComparingInt(Piece::index));
        for (int i = 0, next; i < pieces.size(); i = next) {
            next = i;
            boolean contiguous = true;
            while (next < pieces.size() && pieces.get(next).key().equalsIgnoreCase(pieces.get(i).key())) {
                if (pieces.get(next).index() != next - i) contiguous = false;
                next++;
            }
            String[] charset = new String[1];
            StringBuilder joined = new StringBuilder();
            for (Piece piece : pieces.subList(i, next)) {
                String value = piece.extended() ? decode(piece.value(), contiguous ? charset : new String[1]) : piece.value();
                if (contiguous) joined.append(value); // RFC 2231 §3: the pieces concatenate in order
                else out.add(new Param(piece.key() + "*" + piece.index(), value));
            }
            if (contiguous) out.add(new Param(pieces.get(i).key(), joined.toString()));
        }
        return out;
    }

    /**
     * Undoes {@code charset'language'%XX…}; the charset comes from the first piece that has one
     * and is kept in {@code charset[0]} for the pieces after it.
     */
    private static String decode(String value, String[] charset) {
        if (charset[0] == null) {
            int first = value.indexOf('\'');
            int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
            if (second < 0) return value;
            charset[0] = value.substring(0, first);
            value = value.substring(second + 1);
        }
        if (charset[0].isEmpty()) return value;
        byte[] octets = percentDecoded(value);
        try {
            String text = Charset.forName(charset[0]).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets)).toString();
            return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        } catch (IllegalArgumentException | CharacterCodingException unusable) {
            return value; // unknown charset or bad octets: keep the value as written, as Dovecot does
        }
    }

    private static byte[] percentDecoded(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length() && isHex(value.charAt(i + 1)) && isHex(value.charAt(i + 2))) {
                out.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
