package org.mailsim.setup;

import java.util.Base64;

/** The server certificate in the two forms devices import: PEM text and DER bytes. */
public final class CertificateFiles {
    private CertificateFiles() { }

    /** The DER bytes inside a PEM "CERTIFICATE" block (RFC 7468 §2, §5). */
    public static byte[] der(String pem) {
        String begin = "-----BEGIN CERTIFICATE-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf("-----END CERTIFICATE-----");
        if (from < 0 || to < from) throw new IllegalArgumentException("no CERTIFICATE block in the PEM text");
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }
}
