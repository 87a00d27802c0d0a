package org.mailsim.wire.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailsim.scenario.Scenario;
import org.mailsim.scenario.ScenarioCatalog;
import org.mailsim.scenario.ScenarioRunner;
import org.mailsim.scenario.timeline.Timeline;
import org.mailsim.wire.Direction;
import org.mailsim.wire.Exchange;
import org.mailsim.wire.Layer;
import org.mailsim.wire.TappedConnection;

class PcapOfReplayTest {

    @Test
    void eachConnectionOfATimelineAppearsOnceWithItsExchangesFromEveryStep() {
        Timeline timeline = ReplayedScenarios.cleartext();

        List<TappedConnection> connections = timeline.connections();

        // The laptop stays connected: its second check (the last step) runs on its first connection.
        assertThat(connections).extracting(c -> c.info().remote()).containsExactly("laptop", "tablet", "stranger");
        assertThat(connections).extracting(c -> c.info().port()).containsExactly(143, 110, 25);
        assertThat(connections).allSatisfy(c ->
                assertThat(c.exchanges()).extracting(Exchange::sequence).isSorted().doesNotHaveDuplicates());
        assertThat(connections.get(0).transcript().lines(Direction.CLIENT_TO_SERVER))
                .startsWith("A1 AUTHENTICATE PLAIN AGFsaWNlAFN1bnNoaW5lMjAyNg==").contains("A5 NOOP");
        assertThat(connections.get(1).info().isOpen()).as("POP3 closes after QUIT").isFalse();
        assertThat(connections.get(2).info().isOpen()).as("SMTP closes after QUIT").isFalse();
    }

    @Test
    void everyStreamCarriesExactlyTheRecordedBytesOfItsConnection() {
        Timeline timeline = ReplayedScenarios.cleartext();
        List<TappedConnection> connections = timeline.connections();

        Map<String, TcpStreams.Stream> streams = TcpStreams.follow(PcapReader.read(PcapExport.export(timeline.connections())));

        assertThat(streams).containsOnlyKeys("10.0.0.2:49152", "10.0.0.3:49153", "10.0.0.4:49154");
        assertCarriesTheRecordedBytes(streams, connections);
        assertThat(streams.get("10.0.0.2:49152").fromClient().toString(StandardCharsets.US_ASCII))
                .contains("A1 AUTHENTICATE PLAIN", "A5 NOOP\r\n");
    }

    @Test
    void aReplayedCleartextScenarioGivesTheSameCaptureEveryTime() {
        assertThat(PcapExport.export(ReplayedScenarios.cleartext().connections())).isEqualTo(PcapExport.export(ReplayedScenarios.cleartext().connections()));
    }

    @Test
    void aSnifferReadsThePasswordOn110ButOnlyTlsRecordsOn993() {
        Timeline timeline = ReplayedScenarios.eavesdropper();
        List<TappedConnection> connections = timeline.connections();

        Map<String, TcpStreams.Stream> streams = TcpStreams.follow(PcapReader.read(PcapExport.export(timeline.connections())));

        assertThat(streams).hasSameSizeAs(connections);
        TcpStreams.Stream pop3 = streams.values().stream().filter(s -> s.serverPort() == 110).findFirst().orElseThrow();
        assertThat(pop3.fromClient().toString(StandardCharsets.US_ASCII)).contains("PASS Sunshine2026\r\n");
        List<TcpStreams.Stream> tls = streams.values().stream().filter(s -> s.serverPort() == 993 || s.serverPort() == 995).toList();
        assertThat(tls).isNotEmpty().allSatisfy(s -> {
            byte[] sent = s.fromClient().toByteArray();
            assertThat(sent[0]).as("a TLS handshake record opens the stream").isEqualTo((byte) 22);
            assertThat(s.fromClient().toString(StandardCharsets.ISO_8859_1)).doesNotContain("Sunshine2026").doesNotContain("alice");
        });
    }

    static Stream<Scenario> catalog() {
        return ScenarioCatalog.load(Optional.empty()).scenarios().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void everyBuiltInScenarioGivesACaptureWhoseStreamsCarryItsRecordedBytes(Scenario scenario) {
        Timeline timeline = ScenarioRunner.run(scenario);
        List<TappedConnection> connections = timeline.connections();

        Map<String, TcpStreams.Stream> streams = TcpStreams.follow(PcapReader.read(PcapExport.export(timeline.connections())));

        assertThat(streams).hasSameSizeAs(connections);
        assertCarriesTheRecordedBytes(streams, connections);
    }

    /** Stream i (client port 49152 + i) carries connection i's bytes, both ways, on its real port. */
    private static void assertCarriesTheRecordedBytes(Map<String, TcpStreams.Stream> streams, List<TappedConnection> connections) {
        for (int i = 0; i < connections.size(); i++) {
            int port = AddressPlan.FIRST_EPHEMERAL_PORT + i;
            TcpStreams.Stream stream = streams.values().stream().filter(s -> s.client().endsWith(":" + port)).findFirst().orElseThrow();
            TappedConnection connection = connections.get(i);
            assertThat(stream.serverPort()).isEqualTo(connection.info().port());
            assertThat(stream.fromClient().toByteArray()).as(connection.id() + " from the client")
                    .isEqualTo(onTheWire(connection, Direction.CLIENT_TO_SERVER));
            assertThat(stream.fromServer().toByteArray()).as(connection.id() + " from the server")
                    .isEqualTo(onTheWire(connection, Direction.SERVER_TO_CLIENT));
        }
    }

    /** What an eavesdropper saw one way: cleartext and TLS records, in recorded order. */
    private static byte[] onTheWire(TappedConnection connection, Direction direction) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Exchange e : connection.exchanges()) {
            if (e.direction() == direction && e.layer() != Layer.DECRYPTED) bytes.writeBytes(e.bytes());
        }
        return bytes.toByteArray();
    }
}
