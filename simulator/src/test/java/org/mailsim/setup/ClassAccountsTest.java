package org.mailsim.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailsim.store.Account;
import org.mailsim.store.MailStore;

class ClassAccountsTest {
    @TempDir Path dataDir;

    @Test
    void makesNumberedAccountsWithWordWordDigitsPasswords() {
        List<Account> accounts = ClassAccounts.loadOrCreate(dataDir, 12, new Random(7));
        assertThat(accounts).extracting(Account::login).startsWith("student01", "student02").endsWith("student12").hasSize(12);
        assertThat(accounts).extracting(Account::address).contains("student12@mailsim.test");
        assertThat(accounts).allSatisfy(a -> assertThat(a.password()).matches("[a-z]+-[a-z]+-\\d{2}"));
        assertThat(accounts.stream().map(Account::password).distinct().count()).isEqualTo(12);
    }

    @Test
    void passwordsSurviveARestartAndMoreAccountsAreAddedBeside() {
        List<Account> first = ClassAccounts.loadOrCreate(dataDir, 3, new Random(1));
        List<Account> again = ClassAccounts.loadOrCreate(dataDir, 5, new Random(2));
        assertThat(again.subList(0, 3)).isEqualTo(first);
        assertThat(again).hasSize(5);
        assertThat(ClassAccounts.loadOrCreate(dataDir, 5, new Random(3))).isEqualTo(again);
    }

    @Test
    void theAccountsLogInOnTheStore() {
        MailStore store = MailStore.live(java.time.Clock.systemUTC());
        List<Account> accounts = ClassAccounts.loadOrCreate(dataDir, 2);
        ClassAccounts.addTo(store, accounts);
        assertThat(store.authenticate("student02", accounts.get(1).password())).isPresent();
        assertThat(store.folderNames("student02")).contains("INBOX");
        assertThat(ClassAccounts.isClassLogin("student02")).isTrue();
        assertThat(ClassAccounts.isClassLogin("alice")).isFalse();
    }

    @Test
    void aCountOutOfRangeIsRefusedWithTheLimit() {
        assertThatThrownBy(() -> ClassAccounts.loadOrCreate(dataDir, 500)).hasMessageContaining("between 0 and 200");
    }
}
