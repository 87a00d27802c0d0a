package org.mailsim.imap.parse;

/** Command tags (RFC 3501 §2.2.1, §9 "tag"): the client's label that the server's completion repeats. */
public final class Tags {
    private Tags() { }

    /** tag = 1*&lt;any ASTRING-CHAR except "+"&gt;: printable ASCII only, so a tag can never forge a line. */
    public static boolean valid(String tag) {
        if (tag.isEmpty() || tag.length() > 64) return false;
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c == '+' || !(ImapReader.isAtomChar(c) || c == ']')) return false;
        }
        return true;
    }

    /** The tag at the start of a command line if it is valid, else null. */
    public static String first(String line) {
        int sp = line.indexOf(' ');
        String tag = sp < 0 ? line : line.substring(0, sp);
        return valid(tag) ? tag : null;
    }
}
