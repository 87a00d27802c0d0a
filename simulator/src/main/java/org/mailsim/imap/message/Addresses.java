package org.mailsim.imap.message;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;

/**
 * An address list header (From, To, …; RFC 5322 §3.4) written as the parenthesized list of
 * addresses that ENVELOPE uses (RFC 3501 §7.4.2): {@code ((name adl mailbox host) …)}.
 *
 * <p>A group {@code team: a@x, b@y;} is written as a start marker {@code (NIL NIL "team" NIL)},
 * its members, and an end marker {@code (NIL NIL NIL NIL)} (RFC 3501 §7.4.2: "group syntax is
 * indicated by a special form of address structure in which the host name field is NIL").
 */
final class Addresses {
    /** Dovecot's fill-in for an address without a domain, so host is never NIL outside group syntax. */
    static final String MISSING_DOMAIN = "MISSING_DOMAIN";
    static final String MISSING_MAILBOX = "MISSING_MAILBOX";

    /** Stands in for "=?" while mime4j parses, so it leaves RFC 2047 encoded words undecoded. */
    private static final String GUARD = "=\u0001?";
    /** Precedes two hex digits standing in for an 8-bit octet, so mime4j sees only ASCII. */
    private static final char OCTET = '\u0002';

    private Addresses() { }

    /** The IMAP address list for the field's octets, or {@code NIL} when it has no address. */
    static String of(String octets) {
        AddressList list = LenientAddressParser.DEFAULT.parseAddressList(shield(octets));
        List<String> out = new ArrayList<>();
        for (Address address : list) {
            if (address instanceof Group group) {
                out.add(address(null, null, raw(group.getName()), null)); // RFC 3501 §7.4.2 group start
                for (Mailbox member : group.getMailboxes()) out.add(mailbox(member, octets));
                out.add(address(null, null, null, null));                  // RFC 3501 §7.4.2 group end
            } else if (address instanceof Mailbox mailbox) {
                out.add(mailbox(mailbox, octets));
            }
        }
        return out.isEmpty() ? "NIL" : "(" + String.join("", out) + ")";
    }

    /**
     * The addresses written out plainly, as Dovecot's message_address_write does for SEARCH:
     * {@code name <mailbox@host>}, {@code group: a, b;}, joined by ", "; encoded words left as
     * they are (the caller decodes them).
     */
    static String written(String octets) {
        AddressList list = LenientAddressParser.DEFAULT.parseAddressList(shield(octets));
        List<String> out = new ArrayList<>();
        for (Address address : list) {
            if (address instanceof Group group) {
                List<String> members = new ArrayList<>();
                for (Mailbox member : group.getMailboxes()) members.add(written(member, octets));
                String name = blankToNull(raw(group.getName()));
                out.add((name == null ? "\"\"" : name) + ": " + String.join(", ", members) + ";");
            } else if (address instanceof Mailbox mailbox) {
                out.add(written(mailbox, octets));
            }
        }
        return String.join(", ", out);
    }

    private static String written(Mailbox mailbox, String octets) {
        String localPart = blankToNull(raw(mailbox.getLocalPart()));
        String domain = blankToNull(raw(mailbox.getDomain()));
        String name = blankToNull(raw(mailbox.getName()));
        if (name == null && localPart != null) name = trailingComment(octets, localPart, domain);
        String route = mailbox.getRoute() == null || mailbox.getRoute().isEmpty() ? "" : raw(mailbox.getRoute().toRouteString()) + ":";
        String spec = "<" + route + (localPart == null ? MISSING_MAILBOX : localPart) + "@" + (domain == null ? MISSING_DOMAIN : domain) + ">";
        return name == null ? spec : name + " " + spec;
    }

    private static String mailbox(Mailbox mailbox, String octets) {
        String route = mailbox.getRoute() == null || mailbox.getRoute().isEmpty() ? null : raw(mailbox.getRoute().toRouteString());
        String localPart = blankToNull(raw(mailbox.getLocalPart()));
        String domain = blankToNull(raw(mailbox.getDomain()));
        String name = blankToNull(raw(mailbox.getName()));
        if (name == null && localPart != null) name = trailingComment(octets, localPart, domain);
        return address(name, route,
                localPart == null ? MISSING_MAILBOX : localPart,
                domain == null ? MISSING_DOMAIN : domain);
    }

    /**
     * The old form {@code joe@example.com (Joe Bloggs)} names its owner in a comment (RFC 5322
     * §3.2.2); Dovecot takes that comment as the display name, and so do we.
     */
    private static String trailingComment(String octets, String localPart, String domain) {
        String addrSpec = domain == null ? localPart : localPart + "@" + domain;
        Matcher m = Pattern.compile("(?<![^\\s,:;])" + Pattern.quote(addrSpec) + "\\s*\\(([^()]*)\\)").matcher(HeaderBlock.text(octets));
        return m.find() ? blankToNull(m.group(1)) : null;
    }

    /** {@code (name adl mailbox host)}; the name is text for people, the rest plain nstrings. */
    private static String address(String name, String route, String mailbox, String host) {
        return "(" + (name == null ? "NIL" : ImapStrings.forHumans(name))
                + " " + ImapStrings.nstring(route)
                + " " + ImapStrings.nstring(mailbox)
                + " " + ImapStrings.nstring(host) + ")";
    }

    /**
     * The field in a form mime4j parses without changing any text: encoded words guarded, 8-bit
     * octets spelled in hex. Control characters are ordinary text to its lenient parser.
     */
    private static String shield(String octets) {
        StringBuilder out = new StringBuilder(octets.length());
        for (char c : octets.toCharArray()) {
            // 8-bit octets, and the two marker characters themselves, are spelled in hex, so a
            // header that holds a marker is never misread as one (found by BodyStructureFuzzTest,
            // its input kept as a seed).
            if (c < 0x80 && c != '\u0001' && c != OCTET) out.append(c);
            else out.append(OCTET).append(String.format("%02X", (int) c));
        }
        return out.toString().replace("=?", GUARD);
    }

    /** Undoes {@link #shield} and reads the octets as UTF-8: the header exactly as it was sent. */
    private static String raw(String parsed) {
        if (parsed == null) return null;
        String unguarded = parsed.replace(GUARD, "=?"); // before decoding: a decoded \u0001 is never a guard
        StringBuilder octets = new StringBuilder(unguarded.length());
        for (int i = 0; i < unguarded.length(); i++) {
            char c = unguarded.charAt(i);
            if (c == OCTET && i + 2 < unguarded.length() && hex(unguarded.charAt(i + 1)) && hex(unguarded.charAt(i + 2))) {
                octets.append((char) Integer.parseInt(unguarded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                octets.append(c);
            }
        }
        return HeaderBlock.text(octets.toString());
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
