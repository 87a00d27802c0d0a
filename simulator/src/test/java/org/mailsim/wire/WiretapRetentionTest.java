package org.mailsim.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Security;
import org.mailsim.net.VirtualClock;

class WiretapRetentionTest {
    private final Wiretap wiretap = new Wiretap(new VirtualClock(Instant.parse("2026-01-15T09:30:00Z")), new Retention(2, 10));

    @Test
    void keepsTheFirstBytesOfAConnectionAndCountsTheRest() {
        ConnectionTap tap = wiretap.open("c1", "phone", 143, 1143, Security.STARTTLS);
        List<Exchange> heard = new ArrayList<>();
        wiretap.addListener(new WiretapListener() {
            @Override
            public void onConnection(ConnectionInfo info) { }

            @Override
            public void onExchange(ConnectionInfo info, Exchange exchange) {
                heard.add(exchange);
            }
        });
        tap.cleartext(Direction.SERVER_TO_CLIENT, "* OK hi\r\n".getBytes(StandardCharsets.US_ASCII));
        tap.cleartext(Direction.CLIENT_TO_SERVER, "a1 NOOP\r\n".getBytes(StandardCharsets.US_ASCII));
        TappedConnection c1 = wiretap.connection("c1").orElseThrow();
        assertThat(c1.exchanges()).hasSize(1);
        assertThat(c1.omittedExchanges()).isEqualTo(1);
        assertThat(heard).as("the live view still hears every byte").hasSize(2);
    }

    @Test
    void forgetsTheOldestClosedConnections() {
        for (int i = 1; i <= 4; i++) wiretap.open("c" + i, "phone", 143, 1143, Security.STARTTLS).closed("client sent LOGOUT");
        wiretap.open("c5", "phone", 143, 1143, Security.STARTTLS);
        assertThat(wiretap.connections()).extracting(TappedConnection::id).containsExactly("c3", "c4", "c5");
    }
}
