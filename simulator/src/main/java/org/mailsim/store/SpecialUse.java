package org.mailsim.store;

/** Special-use roles of folders (RFC 6154 §2), so every client finds Sent and Trash. */
public enum SpecialUse {
    SENT("\\Sent", "Sent"),
    DRAFTS("\\Drafts", "Drafts"),
    TRASH("\\Trash", "Trash"),
    ARCHIVE("\\Archive", "Archive"),
    JUNK("\\Junk", "Junk");

    private final String attribute;
    private final String defaultName;

    SpecialUse(String attribute, String defaultName) {
        this.attribute = attribute;
        this.defaultName = defaultName;
    }

    /** The LIST attribute: {@code \Sent}. */
    public String attribute() {
        return attribute;
    }

    /** The folder name a new account gets for this role. */
    public String defaultName() {
        return defaultName;
    }
}
