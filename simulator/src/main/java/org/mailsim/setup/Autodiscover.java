package org.mailsim.setup;

import java.io.IOException;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Microsoft's plain-XML ("POX") Autodiscover for Outlook: the client POSTs its address to
 * {@code https://<domain>/autodiscover/autodiscover.xml} (then {@code autodiscover.<domain>}) and
 * reads back its server settings. Schemas: the "outlook" request and response schemas of 2006
 * (Microsoft, "Plan to automatically configure user accounts in Outlook 2010", The Autodiscover
 * XML schema; request shape as in [MS-OXDSCLI]).
 */
public final class Autodiscover {
    public static final String REQUEST_SCHEMA = "http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006";
    public static final String RESPONSE_SCHEMA = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";
    static final String ENVELOPE_SCHEMA = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";

    private Autodiscover() { }

    /** What the client asked: the address it wants settings for, and the response schema it accepts. */
    public record Request(String emailAddress, String acceptableResponseSchema) { }

    /** A request Outlook would send for {@code address}. */
    public static String request(String address) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <Autodiscover xmlns="%s">
                  <Request>
                    <EMailAddress>%s</EMailAddress>
                    <AcceptableResponseSchema>%s</AcceptableResponseSchema>
                  </Request>
                </Autodiscover>
                """.formatted(REQUEST_SCHEMA, Xml.text(address), RESPONSE_SCHEMA);
    }

    /** Reads a POSTed request; an {@link IOException} when it is not one (not XML, no EMailAddress). */
    public static Request parse(byte[] body) throws IOException {
        Document doc = Xml.parse(body);
        String email = only(doc, "EMailAddress");
        if (email.isEmpty() || !email.contains("@")) throw new IOException("no EMailAddress in the request");
        return new Request(email, only(doc, "AcceptableResponseSchema"));
    }

    private static String only(Document doc, String name) {
        NodeList found = doc.getElementsByTagNameNS(REQUEST_SCHEMA, name);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent().strip();
    }

    /**
     * The settings for one account: IMAP with TLS from the first byte ({@code SSL on}), and
     * submission with STARTTLS ({@code Encryption TLS}, which overrides {@code SSL} in the
     * outlook schema), both logging in with the plain password ({@code SPA off}: no NTLM).
     */
    public static String response(MailServerSettings s, String login) {
        String host = Xml.text(s.host());
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <Autodiscover xmlns="%1$s">
                  <Response xmlns="%2$s">
                    <Account>
                      <AccountType>email</AccountType>
                      <Action>settings</Action>
                      <Protocol>
                        <Type>IMAP</Type>
                        <Server>%3$s</Server>
                        <Port>%4$d</Port>
                        <LoginName>%6$s</LoginName>
                        <DomainRequired>off</DomainRequired>
                        <SPA>off</SPA>
                        <SSL>on</SSL>
                        <AuthRequired>on</AuthRequired>
                      </Protocol>
                      <Protocol>
                        <Type>SMTP</Type>
                        <Server>%3$s</Server>
                        <Port>%5$d</Port>
                        <LoginName>%6$s</LoginName>
                        <DomainRequired>off</DomainRequired>
                        <SPA>off</SPA>
                        <Encryption>TLS</Encryption>
                        <AuthRequired>on</AuthRequired>
                        <UsePOPAuth>off</UsePOPAuth>
                        <SMTPLast>off</SMTPLast>
                      </Protocol>
                    </Account>
                  </Response>
                </Autodiscover>
                """.formatted(ENVELOPE_SCHEMA, RESPONSE_SCHEMA, host, s.imapsPort(), s.submissionPort(), Xml.text(login));
    }

    /**
     * An error answer: 600 "Invalid Request" (not an Autodiscover request, or an address this
     * server does not serve), 601 "Requested schema version not supported" (not the outlook schema).
     */
    public static String error(int code) {
        String message = code == 601 ? "Requested schema version not supported" : "Invalid Request";
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <Autodiscover xmlns="%s">
                  <Response>
                    <Error>
                      <ErrorCode>%d</ErrorCode>
                      <Message>%s</Message>
                      <DebugData />
                    </Error>
                  </Response>
                </Autodiscover>
                """.formatted(ENVELOPE_SCHEMA, code, message);
    }

    /** The whole exchange for one POST body: the response to send. */
    public static String answer(MailServerSettings s, byte[] body) {
        Request request;
        try {
            request = parse(body);
        } catch (IOException e) {
            return error(600);
        }
        if (!request.acceptableResponseSchema().equals(RESPONSE_SCHEMA)) return error(601);
        if (!s.isOwnAddress(request.emailAddress())) return error(600);
        return response(s, MailServerSettings.localPart(request.emailAddress()));
    }
}
