package org.mailsim.rfc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CitationsTest {
    private static List<String> labels(String text) {
        return Citations.in(text).stream().map(Citation::label).toList();
    }

    @Test
    void findsAnRfcAndASection() {
        assertThat(labels("FETCH sets \\Seen (RFC 3501 §6.4.5).")).containsExactly("RFC 3501 §6.4.5");
    }

    @Test
    void aListOfSectionsBelongsToTheRfcBeforeIt() {
        assertThat(labels("RFC 3501 §6.4.4, §6.4.8")).containsExactly("RFC 3501 §6.4.4", "RFC 3501 §6.4.8");
        assertThat(labels("RFC 1939 §3; RFC 8314 §3.1")).containsExactly("RFC 1939 §3", "RFC 8314 §3.1");
    }

    @Test
    void aBareSectionBelongsToTheLastRfcNamed() {
        assertThat(labels("RFC 3501 §6.2.3 asks … with LOGINDISABLED (§7.2.1); RFC 2177 says DONE (§3)."))
                .containsExactly("RFC 3501 §6.2.3", "RFC 3501 §7.2.1", "RFC 2177", "RFC 2177 §3");
    }

    @Test
    void aWholeRfcIsACitationToo() {
        assertThat(labels("AUTH (RFC 4954). Ports: RFC 8314 recommends implicit TLS (§3).")).containsExactly("RFC 4954", "RFC 8314", "RFC 8314 §3");
    }

    @Test
    void partsMayBeBrokenOverLinesAsInAFoldedYamlValue() {
        String raw = "after STARTTLS (RFC 3501\n          §6.2.1). An appendix: RFC 8314 §A.";
        List<Citation> found = Citations.in(raw);
        assertThat(found).extracting(Citation::label).containsExactly("RFC 3501 §6.2.1", "RFC 8314 §A");
        assertThat(raw.substring(found.get(0).start(), found.get(0).end())).isEqualTo("RFC 3501\n          §6.2.1");
    }

    @Test
    void aSectionWithNoRfcBeforeItHasNone() {
        assertThat(Citations.in("see §7.2.1")).singleElement().satisfies(c -> assertThat(c.rfc()).isZero());
    }

    @Test
    void imapsRfc822FetchItemIsNotACitation() {
        assertThat(labels("FETCH 1 (RFC822.SIZE BODY[]) and RFC822.HEADER")).isEmpty();
    }
}
