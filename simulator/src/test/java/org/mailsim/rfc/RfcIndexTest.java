package org.mailsim.rfc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class RfcIndexTest {
    private final RfcIndex index = RfcIndex.builtin();

    @Test
    void holdsEveryRfcTheContentIssueNames() {
        for (int n : new int[] {1939, 2045, 2177, 2449, 2595, 3207, 3501, 4315, 4954, 5321, 5322, 5530, 6186, 6409, 6851, 8314, 9051, 9208}) {
            assertThat(index.rfc(n)).as("RFC %d", n).isPresent();
            assertThat(index.rfc(n).orElseThrow().sections()).as("sections of RFC %d", n).isNotEmpty();
        }
    }

    @Test
    void sectionTitlesAreTheRfcsOwn() {
        assertThat(index.section(2449, "8.1.1")).map(RfcSection::title).contains("The LOGIN-DELAY response code");
        assertThat(index.section(2449, "8.1.2")).map(RfcSection::title).contains("The IN-USE response code");
        assertThat(index.section(8314, "3.3")).map(RfcSection::title).contains("Implicit TLS for SMTP Submission");
        assertThat(index.section(6409, "3.1")).map(RfcSection::title).contains("Submission Identification");
        assertThat(index.section(3501, "6.4.5")).map(RfcSection::title).contains("FETCH Command");
        assertThat(index.section(9051, "6.3.1")).map(RfcSection::title).contains("ENABLE Command");
        assertThat(index.section(9208, "4.3.1")).map(RfcSection::title).contains("OVERQUOTA");
        assertThat(index.section(8314, "3.4")).map(RfcSection::title).contains("Implicit TLS Connection Closure for POP, IMAP, and SMTP Submission");
        assertThat(index.section(1939, "A")).map(RfcSection::title).contains("Differences from RFC 1725");
        assertThat(index.rfc(1939)).map(Rfc::title).contains("Post Office Protocol - Version 3");
        assertThat(index.rfc(3501)).map(Rfc::title).contains("INTERNET MESSAGE ACCESS PROTOCOL - VERSION 4rev1");
        assertThat(index.section(2449, "8.1.2").orElseThrow().summary()).hasValueSatisfying(s -> assertThat(s).contains("IN-USE"));
    }

    @Test
    void aSectionTheRfcDoesNotHaveIsNamedWithItsNeighbours() {
        Resolution r = index.resolve(new Citation(2449, Optional.of("8.1.3"), 0, 10));
        assertThat(r.resolved()).isFalse();
        assertThat(r.describe()).isEqualTo("RFC 2449 §8.1.3 does not exist; RFC 2449 has §8.1.1 The LOGIN-DELAY response code, "
                + "§8.1.2 The IN-USE response code");
    }

    @Test
    void anRfcOutsideTheIndexAndABareSectionAreUnresolved() {
        assertThat(index.resolve(new Citation(9999, Optional.empty(), 0, 8)).describe())
                .isEqualTo("RFC 9999 is not in mailsim's RFC index (add it with scripts/rfc-index.py)");
        assertThat(index.resolve(new Citation(0, Optional.of("7.2.1"), 0, 6)).resolved()).isFalse();
        assertThat(index.resolve(new Citation(3501, Optional.empty(), 0, 8)).resolved()).isTrue();
    }

    @Test
    void sectionsLinkToTheRfcEditorAndToMailsimsOwnPage() {
        RfcSection fetch = index.section(3501, "6.4.5").orElseThrow();
        assertThat(fetch.editorUrl()).isEqualTo("https://www.rfc-editor.org/rfc/rfc3501#section-6.4.5");
        assertThat(fetch.offlinePath()).isEqualTo("/rfc/3501?s=6.4.5#section-6.4.5");
        assertThat(index.section(8314, "A").orElseThrow().anchor()).isEqualTo("appendix-A");
        assertThat(fetch).hasToString("RFC 3501 §6.4.5 FETCH Command");
    }
}
