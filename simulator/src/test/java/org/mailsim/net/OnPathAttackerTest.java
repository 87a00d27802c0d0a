package org.mailsim.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mailsim.wire.Direction;
import org.mailsim.wire.Wiretap;

/** Someone on the path between a device and the server: what they read, and what stripping STARTTLS does. */
class OnPathAttackerTest {

    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-01-15T09:30:00Z"));
    private final VirtualNetwork network = new VirtualNetwork(clock, new Wiretap(clock), ServerCertificate.forReplays());
    private final ClientTls trusted = ClientTls.trusting(ServerCertificate.forReplays(), "mail.mailsim.test");

    /** Keeps a copy of everything the device sends. */
    private static final class Eavesdropper implements OnPathObserver {
        final ByteArrayOutputStream heard = new ByteArrayOutputStream();

        @Override
        public byte[] relay(String connectionId, Direction direction, byte[] bytes) {
            if (direction == Direction.CLIENT_TO_SERVER) heard.writeBytes(bytes);
            return bytes;
        }

        String text() {
            return heard.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** A mail app that upgrades only when the server offers STARTTLS, then logs in. */
    private void checkMail(ClientConnection app) throws Exception {
        assertThat(app.readLine()).isEqualTo("* OK echo ready");
        app.send("CAPA");
        if (app.readLine().contains("STARTTLS")) {
            app.send("STARTTLS");
            assertThat(app.readLine()).isEqualTo("OK begin TLS");
            app.startTls(trusted);
        }
        app.send("a1 LOGIN alice wonderland");
        assertThat(app.readLine()).isEqualTo("ECHO a1 LOGIN alice wonderland");
    }

    @Test
    void anEavesdropperReadsACleartextPassword() throws Exception {
        network.listen(ListenerConfig.of(ServicePort.IMAP, EchoSession.factory()).withSecurity(Security.NONE));
        Eavesdropper eve = new Eavesdropper();
        network.placeOnPath("phone", eve);
        checkMail(network.connect("phone", 143));
        assertThat(eve.text()).contains("a1 LOGIN alice wonderland");
    }

    @Test
    void underTlsTheEavesdropperSeesOnlyCiphertext() throws Exception {
        network.listen(ListenerConfig.of(ServicePort.IMAP, EchoSession.factory()));
        Eavesdropper eve = new Eavesdropper();
        network.placeOnPath("phone", eve);
        var phone = network.connect("phone", 143);
        checkMail(phone);
        assertThat(phone.isTls()).isTrue();
        assertThat(eve.text()).contains("STARTTLS").doesNotContain("wonderland");
    }

    @Test
    void strippingStartTlsFromTheCapabilitiesKeepsTheClientInCleartext() throws Exception {
        network.listen(ListenerConfig.of(ServicePort.IMAP, EchoSession.factory()));
        Eavesdropper eve = new Eavesdropper();
        OnPathObserver stripper = (id, direction, bytes) -> {
            eve.relay(id, direction, bytes);
            if (direction == Direction.CLIENT_TO_SERVER) return bytes;
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            return text.replace(" STARTTLS", "").getBytes(StandardCharsets.ISO_8859_1);
        };
        network.placeOnPath("phone", stripper);
        var phone = network.connect("phone", 143);
        checkMail(phone);
        assertThat(phone.isTls()).isFalse();
        assertThat(eve.text()).contains("a1 LOGIN alice wonderland");
    }
}
