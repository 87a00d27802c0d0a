package org.mailsim.scenario;

import java.util.List;

/** An account a scenario starts with, and its mail. {@code quotaBytes} 0 means no quota. */
public record AccountSpec(String login, String password, String address, long quotaBytes, List<String> folders,
                          List<MailSpec> mail) {
    public AccountSpec {
        folders = List.copyOf(folders);
        mail = List.copyOf(mail);
    }
}
