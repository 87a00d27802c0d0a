package org.mailsim.imap.fetch;

import org.mailsim.imap.message.SectionSpec;

/** One data item a FETCH asks for (RFC 3501 §6.4.5, §9 "fetch-att"). */
public sealed interface FetchItem {

    /** Whether fetching this sets {@code \Seen} (RFC 3501 §6.4.5: BODY[…] and RFC822, RFC822.TEXT do). */
    boolean setsSeen();

    /** The items that are a name only. */
    enum Attribute implements FetchItem {
        FLAGS("FLAGS"), INTERNALDATE("INTERNALDATE"), RFC822_SIZE("RFC822.SIZE"), ENVELOPE("ENVELOPE"),
        BODY("BODY"), BODYSTRUCTURE("BODYSTRUCTURE"), UID("UID"),
        RFC822("RFC822"), RFC822_HEADER("RFC822.HEADER"), RFC822_TEXT("RFC822.TEXT");

        private final String imapName;

        Attribute(String imapName) {
            this.imapName = imapName;
        }

        public String imapName() {
            return imapName;
        }

        @Override
        public boolean setsSeen() {
            return this == RFC822 || this == RFC822_TEXT; // RFC822.HEADER is a peek (RFC 3501 §6.4.5)
        }
    }

    /** {@code BODY[section]<offset.length>} or {@code BODY.PEEK[…]}, which does not set {@code \Seen}. */
    record BodySection(SectionSpec section, boolean peek, Partial partial) implements FetchItem {
        @Override
        public boolean setsSeen() {
            return !peek;
        }

        /** How the response names it: BODY[section]&lt;offset&gt;, never with .PEEK (RFC 3501 §7.4.2). */
        public String responseName() {
            return "BODY[" + section.canonical() + "]" + (partial == null ? "" : "<" + partial.offset() + ">");
        }
    }

    /** {@code <offset.length>}: a slice of the section's bytes (RFC 3501 §6.4.5). */
    record Partial(long offset, long length) {
        public Partial {
            if (offset < 0 || length < 1) throw new IllegalArgumentException("partial length must be at least 1");
        }
    }
}
