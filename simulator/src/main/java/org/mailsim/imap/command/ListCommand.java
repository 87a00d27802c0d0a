package org.mailsim.imap.command;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.imap.parse.ModifiedUtf7;
import org.mailsim.store.FolderSnapshot;
import org.mailsim.store.MailStore;

/**
 * RFC 3501 §6.3.8 LIST and §6.3.9 LSUB: the mailboxes whose names match a pattern, where
 * {@code *} matches anything and {@code %} anything but the hierarchy delimiter. LIST shows
 * {@code \HasChildren}/{@code \HasNoChildren} (RFC 3348) and special-use attributes such as
 * {@code \Sent} (RFC 6154 §2), as Dovecot does; LSUB only subscribed mailboxes.
 * <pre>list = "LIST" SP mailbox SP list-mailbox     lsub = "LSUB" SP mailbox SP list-mailbox</pre>
 */
final class ListCommand implements ImapCommand<ListCommand.Request> {

    /** @param pattern decoded from modified UTF-7; {@code *} and {@code %} are wildcards */
    record Request(String reference, String pattern) { }

    private final boolean subscribedOnly;
    private final String verb;

    ListCommand(boolean subscribedOnly) {
        this.subscribedOnly = subscribedOnly;
        this.verb = subscribedOnly ? "LSUB" : "LIST";
    }

    @Override
    public Request parse(ImapReader args) {
        args.sp();
        String reference = args.mailbox();
        args.sp();
        String pattern = ModifiedUtf7.decode(args.listMailbox());
        args.end();
        return new Request(reference, pattern);
    }

    @Override
    public Outcome execute(Request request, ImapContext session, Responses out) {
        String reference = request.reference();
        String pattern = request.pattern();
        if (pattern.isEmpty() && !subscribedOnly) {
            // RFC 3501 §6.3.8: an empty pattern asks for the delimiter and the root.
            out.untagged("LIST (\\Noselect) \"" + MailStore.DELIMITER + "\" \"\"");
            return Completion.ok("List completed");
        }
        Pattern matcher = compile(reference + pattern, 0);
        Pattern anyCase = compile(reference + pattern, Pattern.CASE_INSENSITIVE);
        List<FolderSnapshot> folders = session.store().snapshot(session.login()).folders();
        for (FolderSnapshot folder : folders) {
            String name = folder.name();
            // RFC 3501 §5.1: INBOX is case-insensitive, so "inbox" matches it too.
            boolean matches = matcher.matcher(name).matches() || (name.equals("INBOX") && anyCase.matcher(name).matches());
            if (!matches || (subscribedOnly && !folder.subscribed())) continue;
            List<String> attributes = new ArrayList<>();
            if (!subscribedOnly) {
                boolean children = folders.stream().anyMatch(f -> f.name().startsWith(name + MailStore.DELIMITER));
                attributes.add(children ? "\\HasChildren" : "\\HasNoChildren");
                folder.specialUse().ifPresent(use -> attributes.add(use.attribute()));
            }
            out.untagged(verb + " (" + String.join(" ", attributes) + ") \"" + MailStore.DELIMITER + "\" " + MailboxNames.encode(name));
        }
        return Completion.ok(subscribedOnly ? "Lsub completed" : "List completed");
    }

    /** RFC 3501 §6.3.8: "*" matches zero or more characters, "%" the same but not the delimiter. */
    static Pattern compile(String pattern, int flags) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*' || c == '%') {
                if (!literal.isEmpty()) regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
                regex.append(c == '*' ? ".*" : "[^" + Pattern.quote(String.valueOf(MailStore.DELIMITER)) + "]*");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString(), flags | Pattern.DOTALL); // "*" matches any character at all
    }
}
