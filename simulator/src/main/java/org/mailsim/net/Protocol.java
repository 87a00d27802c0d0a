package org.mailsim.net;

/** The three mail protocols the simulator speaks. */
public enum Protocol {
    /** RFC 3501 IMAP4rev1: reading mail that stays on the server. */
    IMAP,
    /** RFC 1939 POP3: downloading mail, usually deleting it from the server. */
    POP3,
    /** RFC 5321 SMTP and RFC 6409 submission: sending and transferring mail. */
    SMTP
}
