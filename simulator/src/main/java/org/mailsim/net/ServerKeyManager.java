package org.mailsim.net;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * The server's one key and certificate, handed to JSSE as they are. A {@code KeyManagerFactory}
 * would want them in a key store, and a PKCS #12 store encrypts the key on the way in and
 * decrypts it on the way out (PBKDF2, 10,000 rounds each): about a tenth of a cold replay's CPU,
 * for nothing, since the key is already in memory. Server side only: it never picks a client key.
 */
final class ServerKeyManager extends X509ExtendedKeyManager {
    private final String alias;
    private final PrivateKey key;
    private final X509Certificate certificate;

    ServerKeyManager(String alias, PrivateKey key, X509Certificate certificate) {
        this.alias = alias;
        this.key = key;
        this.certificate = certificate;
    }

    /** Our alias when JSSE asks for a key of our type ("EC"); none for any other type. */
    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return key.getAlgorithm().equals(keyType) ? alias : null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return chooseEngineServerAlias(keyType, issuers, null);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        String chosen = chooseEngineServerAlias(keyType, issuers, null);
        return chosen == null ? null : new String[] {chosen};
    }

    @Override
    public X509Certificate[] getCertificateChain(String requested) {
        return alias.equals(requested) ? new X509Certificate[] {certificate} : null;
    }

    @Override
    public PrivateKey getPrivateKey(String requested) {
        return alias.equals(requested) ? key : null;
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        return null;
    }
}
