package org.mailsim.store;

/** Storage used and allowed for one account (RFC 9208 §5.1, resource STORAGE counts bytes). */
public record Quota(long usedBytes, long limitBytes) {
    public boolean limited() {
        return limitBytes > 0;
    }

    public boolean wouldExceed(long moreBytes) {
        return limited() && usedBytes + moreBytes > limitBytes;
    }
}
