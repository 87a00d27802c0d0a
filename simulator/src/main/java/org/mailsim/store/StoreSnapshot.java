package org.mailsim.store;

import java.util.List;
import java.util.Optional;

/** The whole store at one moment (immutable): what a scenario timeline shows for each step. */
public record StoreSnapshot(List<AccountSnapshot> accounts) {
    public StoreSnapshot {
        accounts = List.copyOf(accounts);
    }

    public Optional<AccountSnapshot> account(String login) {
        return accounts.stream().filter(a -> a.account().login().equals(login)).findFirst();
    }
}
