package org.mailsim.rfc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RfcLinksTest {
    @Test
    void aCitationBecomesALinkToMailsimsPageOfTheSectionAndTheTextAroundItStays() {
        List<RfcLinks.Part> parts = RfcLinks.parts("IN-USE (RFC 2449 §8.1.2): the maildrop is locked.");
        assertThat(parts).extracting(RfcLinks.Part::text).containsExactly("IN-USE (", "RFC 2449 §8.1.2", "): the maildrop is locked.");
        RfcLinks.Part link = parts.get(1);
        assertThat(link.href()).isEqualTo("/rfc/2449?s=8.1.2#section-8.1.2");
        assertThat(link.title()).isEqualTo("RFC 2449 §8.1.2 The IN-USE response code");
        assertThat(link.external()).isEqualTo("https://www.rfc-editor.org/rfc/rfc2449#section-8.1.2");
        assertThat(parts.get(0).linked()).isFalse();
    }

    @Test
    void aWholeRfcLinksToItsPageAndABareSectionToItsRfcsSection() {
        List<RfcLinks.Part> parts = RfcLinks.parts("RFC 8314 prefers implicit TLS (§3.3).");
        assertThat(parts).filteredOn(RfcLinks.Part::linked).extracting(RfcLinks.Part::href)
                .containsExactly("/rfc/8314", "/rfc/8314?s=3.3#section-3.3");
    }

    @Test
    void aCitationTheIndexDoesNotHaveStaysText() {
        assertThat(RfcLinks.parts("RFC 2449 §8.1.9 and RFC 9999")).singleElement()
                .satisfies(p -> assertThat(p.linked()).isFalse());
        assertThat(RfcLinks.parts("")).isEmpty();
        assertThat(RfcLinks.parts(null)).isEmpty();
    }
}
