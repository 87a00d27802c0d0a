package org.mailsim.wire;

/** TLS records made up for tests: a header (RFC 8446 §5.1) and a body of counting bytes. */
public final class TlsRecords {
    private TlsRecords() { }

    public static byte[] record(int type, int length) {
        byte[] r = new byte[5 + length];
        r[0] = (byte) type;
        r[1] = 3;
        r[2] = 3;
        r[3] = (byte) (length >> 8);
        r[4] = (byte) length;
        for (int i = 5; i < r.length; i++) r[i] = (byte) i;
        return r;
    }
}
