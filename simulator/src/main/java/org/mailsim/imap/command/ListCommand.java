package org.mailsim.imap.command;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.imap.parse.InvalidMailboxName;
import org.mailsim.imap.parse.ModifiedUtf7;
import org.mailsim.imap.parse.ParseException;
import org.mailsim.store.FolderSnapshot;
import org.mailsim.store.MailStore;

/**
 * RFC 3501 §6.3.8 LIST and §6.3.9 LSUB: the mailboxes whose names match a pattern, where
 * {@code *} matches anything and {@code %} anything but the hierarchy delimiter. LIST shows
 * {@code \HasChildren}/{@code \HasNoChildren} (RFC 3348) and special-use attributes such as
 * {@code \Sent} (RFC 6154 §2), as Dovecot does; LSUB only subscribed mailboxes. The RFC 6154
 * §5.1 selection option {@code (SPECIAL-USE)} lists only mailboxes with a special use; clients
 * such as MailKit send it whenever SPECIAL-USE is advertised. A {@code RETURN (SPECIAL-USE)} or
 * {@code RETURN (CHILDREN)} option (RFC 6154 §5.2, RFC 5258) asks for what LIST always says.
 * <pre>list = "LIST" [SP "(" "SPECIAL-USE" ")"] SP mailbox SP list-mailbox [SP "RETURN" SP "(" options ")"]
 * lsub = "LSUB" SP mailbox SP list-mailbox</pre>
 */
final class ListCommand implements ImapCommand<ListCommand.Request> {

    /**
     * @param pattern        decoded from modified UTF-7; {@code *} and {@code %} are wildcards
     * @param specialUseOnly the {@code (SPECIAL-USE)} selection option was given
     */
    /**
     * @param childrenShown \\HasChildren / \\HasNoChildren are written: always for the plain LIST of
     *                      RFC 3501 (CHILDREN, RFC 3348); in the extended form of RFC 5258 (selection
     *                      or return options) only when RETURN (CHILDREN) asks, as Dovecot does
     * @param specialUseShown RFC 6154 attributes are written: for the plain LIST, and in the extended
     *                      form when SPECIAL-USE is a selection or return option (RFC 6154 §2, Dovecot)
     */
    record Request(String reference, String pattern, boolean specialUseOnly, boolean childrenShown, boolean specialUseShown) { }

    private static final List<String> RETURN_OPTIONS = List.of("SPECIAL-USE", "CHILDREN");

    private final boolean subscribedOnly;
    private final String verb;

    ListCommand(boolean subscribedOnly) {
        this.subscribedOnly = subscribedOnly;
        this.verb = subscribedOnly ? "LSUB" : "LIST";
    }

    @Override
    public Request parse(ImapReader args) {
        args.sp();
        boolean specialUseOnly = false;
        boolean extended = false;
        boolean children = false;
        boolean specialUse = false;
        if (!subscribedOnly && args.peekIs('(')) {
            extended = true;
            for (String option : options(args)) {
                if (!option.equals("SPECIAL-USE")) throw new ParseException("Unsupported LIST selection option");
                specialUseOnly = true;
            }
            args.sp();
        }
        String reference = args.astring();
        args.sp();
        String pattern = args.listMailbox();
        if (!subscribedOnly && args.trySp()) {
            if (!args.keyword().equals("RETURN")) throw new ParseException("Unexpected extra arguments");
            args.sp();
            List<String> returned = options(args);
            if (!RETURN_OPTIONS.containsAll(returned)) throw new ParseException("Unsupported LIST return option");
            extended = true;
            children = returned.contains("CHILDREN");
            specialUse = returned.contains("SPECIAL-USE");
        }
        args.end();
        return new Request(reference, pattern, specialUseOnly, !extended || children, !extended || specialUseOnly || specialUse);
    }

    /** "(" [option *(SP option)] ")", upper case. */
    private static List<String> options(ImapReader args) {
        args.expect('(');
        List<String> options = new ArrayList<>();
        while (!args.peekIs(')')) {
            if (!options.isEmpty()) args.sp();
            options.add(args.keyword());
        }
        args.expect(')');
        return options;
    }

    @Override
    public Outcome execute(Request request, ImapContext session, Responses out) {
        String reference;
        String pattern;
        try {
            reference = ModifiedUtf7.decode(request.reference());
            pattern = ModifiedUtf7.decode(request.pattern());
        } catch (InvalidMailboxName e) {
            // No mailbox has a name that is not valid modified UTF-7, so nothing matches (Dovecot: OK).
            return Completion.ok(subscribedOnly ? "Lsub completed" : "List completed");
        }
        if (pattern.isEmpty() && !subscribedOnly) {
            // RFC 3501 §6.3.8: an empty pattern asks for the delimiter and the root.
            out.untagged("LIST (\\Noselect) \"" + MailStore.DELIMITER + "\" \"\"");
            return Completion.ok("List completed");
        }
        Pattern matcher = compile(reference + pattern, 0);
        Pattern anyCase = compile(reference + pattern, Pattern.CASE_INSENSITIVE);
        List<FolderSnapshot> folders = session.store().snapshot(session.login()).folders();
        java.util.Set<String> noselectParents = new java.util.LinkedHashSet<>();
        for (FolderSnapshot folder : folders) {
            String name = folder.name();
            // RFC 3501 §5.1: INBOX is case-insensitive, so "inbox" matches it too.
            boolean matches = matcher.matcher(name).matches() || (name.equals("INBOX") && anyCase.matcher(name).matches());
            if (subscribedOnly && folder.subscribed() && !matches) {
                // RFC 3501 §6.3.9: with "%", a subscribed mailbox below one that is not subscribed
                // shows that parent, flagged \Noselect (Dovecot does the same).
                unsubscribedParent(name, matcher, folders).ifPresent(noselectParents::add);
            }
            if (!matches || (subscribedOnly && !folder.subscribed())) continue;
            if (request.specialUseOnly() && folder.specialUse().isEmpty()) continue; // RFC 6154 §5.1
            List<String> attributes = new ArrayList<>();
            if (!subscribedOnly && request.childrenShown()) {
                boolean children = folders.stream().anyMatch(f -> f.name().startsWith(name + MailStore.DELIMITER));
                attributes.add(children ? "\\HasChildren" : "\\HasNoChildren");
            }
            // Dovecot shows it in LSUB too
            if (request.specialUseShown()) folder.specialUse().ifPresent(use -> attributes.add(use.attribute()));
            out.untagged(verb + " (" + String.join(" ", attributes) + ") \"" + MailStore.DELIMITER + "\" " + MailboxNames.encode(name));
        }
        for (String parent : noselectParents) {
            out.untagged(verb + " (\\Noselect) \"" + MailStore.DELIMITER + "\" " + MailboxNames.encode(parent));
        }
        return Completion.ok(subscribedOnly ? "Lsub completed" : "List completed");
    }

    /** The closest parent of {@code name} the pattern matches, if that parent is not itself subscribed. */
    private static java.util.Optional<String> unsubscribedParent(String name, Pattern matcher, List<FolderSnapshot> folders) {
        for (int at = name.lastIndexOf(MailStore.DELIMITER); at > 0; at = name.lastIndexOf(MailStore.DELIMITER, at - 1)) {
            String parent = name.substring(0, at);
            if (!matcher.matcher(parent).matches()) continue;
            boolean subscribed = folders.stream().anyMatch(f -> f.name().equals(parent) && f.subscribed());
            return subscribed ? java.util.Optional.empty() : java.util.Optional.of(parent);
        }
        return java.util.Optional.empty();
    }

    /**
     * RFC 3501 §6.3.8: "*" matches zero or more characters, "%" the same but not the delimiter. A run
     * of wildcards is one wildcard ("*" if the run holds one, else "%"): it matches exactly what the
     * run matches, and a regex of many quantifiers in a row backtracks exponentially (found by
     * EngineFuzzTest: twelve "%" before an "x" took 46 s against a 30-character name).
     */
    static Pattern compile(String pattern, int flags) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        char run = 0; // the wildcard run in progress: '*', '%', or none
        for (char c : pattern.toCharArray()) {
            if (c == '*' || c == '%') {
                if (!literal.isEmpty()) regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
                run = (run == '*' || c == '*') ? '*' : '%';
            } else {
                if (run != 0) regex.append(wildcard(run));
                run = 0;
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) regex.append(Pattern.quote(literal.toString()));
        if (run != 0) regex.append(wildcard(run));
        return Pattern.compile(regex.toString(), flags | Pattern.DOTALL); // "*" matches any character at all
    }

    private static String wildcard(char c) {
        return c == '*' ? ".*" : "[^" + Pattern.quote(String.valueOf(MailStore.DELIMITER)) + "]*";
    }
}
