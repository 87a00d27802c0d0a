package org.mailsim.net;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes a self-signed X.509 v3 certificate (RFC 5280) with an EC P-256 key. BouncyCastle only
 * builds the structure; keys, signature and parsing use the JDK's own providers (BouncyCastle is
 * not registered as a JCA provider).
 */
final class CertificateMaker {

    record Made(X509Certificate certificate, PrivateKey key) { }

    private static final Duration VALIDITY = Duration.ofDays(3650);

    private CertificateMaker() {
    }

    static Made make(String hostname) {
        Instant now = Instant.now();
        return make(hostname, now.minus(Duration.ofDays(1)), now.plus(VALIDITY));
    }

    /** A certificate valid from {@code notBefore} to {@code notAfter}. */
    static Made make(String hostname, Instant notBefore, Instant notAfter) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, hostname).build();
            var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(63, new SecureRandom()).add(BigInteger.ONE),
                    Date.from(notBefore), Date.from(notAfter), subject, pair.getPublic());
            // RFC 6125 §6.4.4: clients match names in the SubjectAlternativeName, not the CN.
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names(hostname)));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
            return new Made(certificate, pair.getPrivate());
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("cannot make a self-signed certificate", e);
        }
    }

    private static GeneralName[] names(String hostname) {
        Set<String> dns = new LinkedHashSet<>();
        Set<String> ips = new LinkedHashSet<>();
        dns.add("localhost");
        ips.add("127.0.0.1");
        String host = hostname.toLowerCase(Locale.ROOT);
        if (host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) ips.add(host);
        else dns.add(host);
        GeneralName[] names = new GeneralName[dns.size() + ips.size()];
        int i = 0;
        for (String d : dns) names[i++] = new GeneralName(GeneralName.dNSName, d);
        for (String ip : ips) names[i++] = new GeneralName(GeneralName.iPAddress, ip);
        return names;
    }
}
