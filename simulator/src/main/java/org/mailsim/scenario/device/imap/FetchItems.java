package org.mailsim.scenario.device.imap;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The items of one {@code * n FETCH (…)} response (RFC 3501 §7.4.2) the app uses; absent ones
 * are null. A server may add items not asked for (an unsolicited FLAGS after another device's
 * STORE), so every field is optional.
 *
 * @param header  BODY[HEADER.FIELDS (…)]: the header lines asked for
 * @param body    BODY[]: the whole message
 * @param text    BODY[TEXT], possibly partial: the body without header
 */
record FetchItems(int number, Long uid, Set<String> flags, byte[] header, byte[] body, byte[] text) {

    static FetchItems parse(ImapResponse response) {
        List<Object> tokens = response.tokens(); // n FETCH ( … )
        int number = Integer.parseInt((String) tokens.get(0));
        Long uid = null;
        Set<String> flags = null;
        byte[] header = null;
        byte[] body = null;
        byte[] text = null;
        if (tokens.size() > 2 && tokens.get(2) instanceof List<?> items) {
            for (int i = 0; i + 1 < items.size(); i += 2) {
                String name = String.valueOf(items.get(i)).toUpperCase(Locale.ROOT);
                Object value = items.get(i + 1);
                if (name.equals("UID")) uid = Long.parseLong((String) value);
                else if (name.equals("FLAGS") && value instanceof List<?> list) flags = flagSet(list);
                else if (name.startsWith("BODY[HEADER")) header = bytes(value);
                else if (name.equals("BODY[]") || name.equals("RFC822")) body = bytes(value);
                else if (name.startsWith("BODY[TEXT]")) text = bytes(value);
            }
        }
        return new FetchItems(number, uid, flags, header, body, text);
    }

    private static Set<String> flagSet(List<?> list) {
        Set<String> flags = new LinkedHashSet<>();
        for (Object flag : list) flags.add(String.valueOf(flag));
        return flags;
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] literal) return literal;
        if (value instanceof String quoted) return quoted.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new byte[0]; // NIL
    }
}
