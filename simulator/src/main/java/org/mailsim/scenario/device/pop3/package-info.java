/**
 * The scripted POP3 mail app, a classic "POP account" in Outlook or Thunderbird: it downloads
 * INBOX (RFC 1939), remembers what it has by UIDL (RFC 1939 §7) and, unless told to leave a copy,
 * deletes from the server after download; everything else (read state, folders, deletion of a
 * single copy) happens on the device only. STLS per RFC 2595 §4, SASL PLAIN per RFC 5034.
 */
package org.mailsim.scenario.device.pop3;
