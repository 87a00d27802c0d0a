package org.mailsim.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void aSlowHashMatchesOnlyItsSecretAndIsSaltedEachTime() {
        String hash = Secrets.slowHash("ABCD-EFGH-JKMN-PQRS-TUVW");
        assertThat(hash).startsWith("pbkdf2-sha512$210000$").doesNotContain("ABCD");
        assertThat(Secrets.matchesSlowHash("ABCD-EFGH-JKMN-PQRS-TUVW", hash)).isTrue();
        assertThat(Secrets.matchesSlowHash("ABCD-EFGH-JKMN-PQRS-TUVX", hash)).isFalse();
        assertThat(Secrets.slowHash("ABCD-EFGH-JKMN-PQRS-TUVW")).isNotEqualTo(hash);
        assertThat(Secrets.matchesSlowHash("x", "md5$abc")).isFalse();
    }

    @Test
    void codesAvoidCharactersThatAreEasyToMisread() {
        for (int i = 0; i < 200; i++) assertThat(Secrets.joinCode()).hasSize(6).doesNotContain("0", "O", "1", "I", "L");
        assertThat(Secrets.deviceToken()).hasSize(43).matches("[A-Za-z0-9_-]+");
    }
}
