package org.mailsim.imap;

/** The four states of an IMAP connection (RFC 3501 §3, figure in §3.4). */
public enum ImapState {
    /** §3.1: before LOGIN or AUTHENTICATE succeeds. */
    NOT_AUTHENTICATED("NOT AUTHENTICATED"),
    /** §3.2: logged in, no mailbox selected. */
    AUTHENTICATED("AUTHENTICATED"),
    /** §3.3: a mailbox is selected by SELECT or EXAMINE. */
    SELECTED("SELECTED"),
    /** §3.4: LOGOUT was sent or the server is closing the connection. */
    LOGOUT("LOGOUT");

    private final String rfcName;

    ImapState(String rfcName) {
        this.rfcName = rfcName;
    }

    /** The state as RFC 3501 §3 names it. */
    public String rfcName() {
        return rfcName;
    }
}
