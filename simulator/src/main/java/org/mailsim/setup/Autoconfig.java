package org.mailsim.setup;

/**
 * Mozilla's autoconfiguration file ("config-v1.1.xml"), which Thunderbird fetches from
 * {@code autoconfig.<domain>/mail/config-v1.1.xml?emailaddress=…} and
 * {@code <domain>/.well-known/autoconfig/mail/config-v1.1.xml} when a user types an address.
 * Format: Mozilla's "Thunderbird:Autoconfiguration:ConfigFileFormat". One file serves every
 * account of the domain: {@code %EMAILLOCALPART%} is replaced by the client with the part of the
 * address before the @, which is the login on mailsim.
 */
public final class Autoconfig {
    /** Mozilla's placeholder for the local part of the address the user typed. */
    public static final String LOCAL_PART = "%EMAILLOCALPART%";

    private Autoconfig() { }

    public static String xml(MailServerSettings s) {
        String host = Xml.text(s.host());
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <clientConfig version="1.1">
                  <emailProvider id="%1$s">
                    <domain>%1$s</domain>
                    <displayName>mailsim classroom mail server</displayName>
                    <displayShortName>mailsim</displayShortName>
                    <!-- IMAP with TLS from the first byte (socketType SSL), stand-in for 993 unless mailsim listens on 993 -->
                    <incomingServer type="imap">
                      <hostname>%2$s</hostname>
                      <port>%3$d</port>
                      <socketType>SSL</socketType>
                      <authentication>password-cleartext</authentication>
                      <username>%5$s</username>
                    </incomingServer>
                    <!-- submission: plain connection upgraded with STARTTLS before the login (RFC 3207), stand-in for 587 -->
                    <outgoingServer type="smtp">
                      <hostname>%2$s</hostname>
                      <port>%4$d</port>
                      <socketType>STARTTLS</socketType>
                      <authentication>password-cleartext</authentication>
                      <username>%5$s</username>
                    </outgoingServer>
                  </emailProvider>
                </clientConfig>
                """.formatted(Xml.text(s.domain()), host, s.imapsPort(), s.submissionPort(), LOCAL_PART);
    }
}
