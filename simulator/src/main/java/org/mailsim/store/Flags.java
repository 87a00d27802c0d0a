package org.mailsim.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The flags of one message: system flags and keywords (RFC 3501 §2.3.2). Immutable.
 * Keywords keep the case they were first given in but compare without case, as Dovecot does.
 */
public record Flags(Set<SystemFlag> system, SortedSet<String> keywords) {

    public static final Flags NONE = new Flags(EnumSet.noneOf(SystemFlag.class), new TreeSet<>());

    public Flags {
        system = Collections.unmodifiableSet(system.isEmpty() ? EnumSet.noneOf(SystemFlag.class) : EnumSet.copyOf(system));
        TreeSet<String> sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String keyword : keywords) {
            if (keyword.isEmpty() || keyword.startsWith("\\")) {
                throw new IllegalArgumentException("not a keyword: " + keyword);
            }
            sorted.add(keyword);
        }
        keywords = Collections.unmodifiableSortedSet(sorted);
    }

    public static Flags of(SystemFlag... flags) {
        Set<SystemFlag> set = EnumSet.noneOf(SystemFlag.class);
        Collections.addAll(set, flags);
        return new Flags(set, new TreeSet<>());
    }

    /** Parses IMAP flag names ({@code \Seen}, {@code $Forwarded}); unknown backslash names are refused. */
    public static Flags parse(List<String> names) {
        Set<SystemFlag> system = EnumSet.noneOf(SystemFlag.class);
        SortedSet<String> keywords = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : names) {
            if (name.startsWith("\\")) {
                system.add(SystemFlag.fromImapName(name)
                        .orElseThrow(() -> new IllegalArgumentException("unknown system flag " + name)));
            } else {
                keywords.add(name);
            }
        }
        return new Flags(system, keywords);
    }

    public boolean has(SystemFlag flag) {
        return system.contains(flag);
    }

    public boolean hasKeyword(String keyword) {
        return keywords.contains(keyword);
    }

    public Flags with(Flags added) {
        Set<SystemFlag> s = EnumSet.noneOf(SystemFlag.class);
        s.addAll(system);
        s.addAll(added.system);
        TreeSet<String> k = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        k.addAll(keywords);
        k.addAll(added.keywords);
        return new Flags(s, k);
    }

    public Flags without(Flags removed) {
        Set<SystemFlag> s = EnumSet.noneOf(SystemFlag.class);
        s.addAll(system);
        s.removeAll(removed.system);
        TreeSet<String> k = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        k.addAll(keywords);
        k.removeAll(removed.keywords);
        return new Flags(s, k);
    }

    public Flags with(SystemFlag flag) {
        return with(Flags.of(flag));
    }

    public Flags without(SystemFlag flag) {
        return without(Flags.of(flag));
    }

    /** IMAP names in a stable order: system flags in RFC order, then keywords. */
    public List<String> imapNames() {
        List<String> names = new ArrayList<>();
        for (SystemFlag flag : SystemFlag.values()) {
            if (system.contains(flag)) names.add(flag.imapName());
        }
        names.addAll(keywords);
        return names;
    }

    /** {@code (\Seen \Flagged)}: the IMAP flag-list form (RFC 3501 §9 "flag-list"). */
    @Override
    public String toString() {
        return "(" + String.join(" ", imapNames()) + ")";
    }
}
