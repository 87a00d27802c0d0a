package org.mailsim.scenario.device.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How the app reads an EHLO reply: keywords, and the SASL mechanisms after AUTH (RFC 4954 §3). */
class SmtpResponseTest {

    private static SmtpResponse ehlo(String... keywords) {
        List<String> lines = new java.util.ArrayList<>(List.of("250-mail.mailsim.test"));
        for (int i = 0; i < keywords.length; i++) lines.add((i == keywords.length - 1 ? "250 " : "250-") + keywords[i]);
        return new SmtpResponse(250, lines);
    }

    @Test
    void findsKeywordsOnTheLinesAfterTheFirst() {
        SmtpResponse reply = ehlo("PIPELINING", "STARTTLS", "8BITMIME");
        assertThat(reply.offers("STARTTLS")).isTrue();
        assertThat(reply.offers("8BITMIME")).isTrue();
        assertThat(reply.offers("AUTH")).isFalse();
    }

    @Test
    void offersAuthOnlyForTheMechanismsListed() {
        assertThat(ehlo("AUTH PLAIN LOGIN", "8BITMIME").offersAuth("PLAIN")).isTrue();
        assertThat(ehlo("AUTH LOGIN", "8BITMIME").offersAuth("PLAIN")).isFalse();
        assertThat(ehlo("auth plain").offersAuth("PLAIN")).isTrue();
        assertThat(ehlo("STARTTLS", "8BITMIME").offersAuth("PLAIN")).isFalse();
    }
}
