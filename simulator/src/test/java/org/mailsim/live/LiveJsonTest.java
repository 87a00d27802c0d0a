package org.mailsim.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.mailsim.net.Security;
import org.mailsim.net.ServicePort;
import org.mailsim.store.Account;
import org.mailsim.store.MailStore;
import org.mailsim.wire.ConnectionTap;
import org.mailsim.wire.Direction;
import org.mailsim.wire.Wiretap;

class LiveJsonTest {
    private static final LiveServerInfo SERVER = new LiveServerInfo("localhost", "127.0.0.1",
            Arrays.stream(ServicePort.values()).map(p -> new PortBinding(p, p.standInPort(), false)).toList(),
            List.of(), "AB:CD", "");

    private static LiveSnapshot pop3Login() {
        Clock clock = Clock.systemUTC();
        Wiretap wiretap = new Wiretap(clock);
        MailStore store = MailStore.live(clock);
        store.addAccount(new Account("alice", "wonderland", "alice@mailsim.test", 0));
        try (LiveMonitor monitor = LiveMonitor.follow(wiretap, store, LiveLimits.DEFAULTS)) {
            ConnectionTap c = wiretap.open("c1", "127.0.0.1:50000", 110, 1110, Security.STARTTLS);
            for (String line : List.of("S+OK ready", "CUSER alice", "S+OK", "CPASS wonderland", "S+OK locked")) {
                Direction d = line.charAt(0) == 'C' ? Direction.CLIENT_TO_SERVER : Direction.SERVER_TO_CLIENT;
                c.cleartext(d, (line.substring(1) + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            return monitor.snapshot();
        }
    }

    @Test
    void hidesThePasswordUnlessRevealedAndNeverWritesAccountPasswords() throws Exception {
        String hidden = LiveJson.render(pop3Login(), SERVER, false);
        assertThat(hidden).doesNotContain("wonderland");
        JsonNode root = new ObjectMapper().readTree(hidden);
        assertThat(root.path("format").asText()).isEqualTo("mailsim-live/1");
        assertThat(root.path("revealed").asBoolean()).isFalse();
        JsonNode connection = root.path("connections").get(0);
        assertThat(connection.path("service").asText()).isEqualTo("pop3");
        assertThat(connection.path("boundPort").asInt()).isEqualTo(1110);
        assertThat(connection.path("state").asText()).isEqualTo("open");
        assertThat(connection.path("account").asText()).isEqualTo("alice");
        JsonNode pass = connection.path("lines").get(3);
        assertThat(pass.path("text").asText()).isEqualTo("PASS " + CredentialMask.HIDDEN);
        assertThat(pass.path("masked").asBoolean()).isTrue();
        assertThat(pass.path("direction").asText()).isEqualTo("C");
        assertThat(root.path("store").path("accounts").get(0).path("login").asText()).isEqualTo("alice");

        String revealed = LiveJson.render(pop3Login(), SERVER, true);
        JsonNode shown = new ObjectMapper().readTree(revealed).path("connections").get(0).path("lines").get(3);
        assertThat(shown.path("text").asText()).isEqualTo("PASS wonderland");
        assertThat(shown.path("masked").asBoolean()).isFalse();
        assertThat(revealed.split("wonderland", -1)).as("only the typed line, not the account's stored password").hasSize(2);
    }
}
