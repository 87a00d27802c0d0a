package org.mailsim.store;

import java.util.Objects;

/**
 * One mail account.
 *
 * @param login       the name typed at LOGIN / USER / AUTH ("alice")
 * @param password    kept in clear: this is a teaching simulator, and the lessons show it sniffed
 * @param address     the mail address ("alice@mailsim.test")
 * @param quotaBytes  the storage limit over all folders (RFC 9208 STORAGE, in bytes); 0 = none
 */
public record Account(String login, String password, String address, long quotaBytes) {

    public Account {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(address, "address");
        if (login.isBlank()) throw new IllegalArgumentException("login is blank");
        if (!address.contains("@")) throw new IllegalArgumentException("not a mail address: " + address);
        if (quotaBytes < 0) throw new IllegalArgumentException("negative quota");
    }

    /** The domain part of the address, lower case. */
    public String domain() {
        return address.substring(address.indexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return "Account[" + login + " <" + address + ">]"; // never the password
    }
}
