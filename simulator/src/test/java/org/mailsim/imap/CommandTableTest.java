package org.mailsim.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mailsim.imap.command.CommandTable;

/** The command table is the protocol's table of contents; the capability list must match it. */
class CommandTableTest {

    @Test
    void listsRfc3501CommandsInRfcOrderThenExtensions() {
        List<String> names = new ArrayList<>();
        for (CommandTable.Row row : CommandTable.rows()) names.add(row.name());
        assertThat(names).startsWith("CAPABILITY", "NOOP", "LOGOUT", "STARTTLS", "AUTHENTICATE", "LOGIN",
                "SELECT", "EXAMINE", "CREATE", "DELETE", "RENAME", "SUBSCRIBE", "UNSUBSCRIBE", "LIST", "LSUB", "STATUS", "APPEND",
                "CHECK", "CLOSE", "EXPUNGE", "SEARCH", "FETCH", "STORE", "COPY", "UID");
    }

    @Test
    void fetchStoreAndSearchForbidExpungeResponses() {
        List<String> quiet = new ArrayList<>();
        for (CommandTable.Row row : CommandTable.rows()) if (!row.expungeAllowed()) quiet.add(row.name());
        // RFC 3501 §7.4.1: "An EXPUNGE response MAY be sent during a UID command" (Dovecot does)
        assertThat(quiet).containsExactly("SEARCH", "FETCH", "STORE");
    }

    @Test
    void everyAdvertisedCommandExtensionHasItsCommand() {
        var imap = new ImapHarness().loggedIn("laptop");
        String capabilities = imap.send("a1 CAPABILITY").getFirst();
        Map<String, String> commandOf = Map.of("IDLE", "IDLE", "MOVE", "MOVE", "UNSELECT", "UNSELECT",
                "NAMESPACE", "NAMESPACE", "ID", "ID", "ENABLE", "ENABLE", "QUOTA", "GETQUOTAROOT");
        commandOf.forEach((capability, command) -> {
            assertThat(capabilities).contains(" " + capability);
            assertThat(CommandTable.find(command)).as(command).isPresent();
        });
    }
}
