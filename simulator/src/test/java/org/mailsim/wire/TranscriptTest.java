package org.mailsim.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.mailsim.net.Security;

class TranscriptTest {

    private final Wiretap wiretap = new Wiretap(Clock.fixed(Instant.parse("2026-01-15T09:30:00Z"), ZoneOffset.UTC));
    private final ConnectionTap tap = wiretap.open("c1", "phone", 143, 143, Security.STARTTLS);

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private Transcript transcript() {
        return wiretap.connection("c1").orElseThrow().transcript();
    }

    @Test
    void regroupsChunksIntoLinesKeepingCrLf() {
        tap.cleartext(Direction.SERVER_TO_CLIENT, ascii("* OK rea"));
        tap.cleartext(Direction.SERVER_TO_CLIENT, ascii("dy\r\n* CAPA"));
        tap.cleartext(Direction.CLIENT_TO_SERVER, ascii("a1 NOOP\r\n"));
        tap.cleartext(Direction.SERVER_TO_CLIENT, ascii("BILITY IMAP4rev1\r\na1 OK NOOP\r\n"));
        var items = transcript().items();
        assertThat(items).extracting(i -> i.direction().prefix() + ": " + i.text()).containsExactly(
                "S: * OK ready", "S: * CAPABILITY IMAP4rev1", "C: a1 NOOP", "S: a1 OK NOOP");
        assertThat(new String(items.get(0).bytes(), StandardCharsets.US_ASCII)).isEqualTo("* OK ready\r\n");
        assertThat(items).extracting(TranscriptItem::sequence).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void groupsAnImapLiteralAsOneItem() {
        tap.cleartext(Direction.CLIENT_TO_SERVER, ascii("a2 APPEND INBOX {15}\r\n"));
        tap.cleartext(Direction.SERVER_TO_CLIENT, ascii("+ Ready\r\n"));
        tap.cleartext(Direction.CLIENT_TO_SERVER, ascii("Subject: hi\r\n"));
        tap.cleartext(Direction.CLIENT_TO_SERVER, ascii("\r\n\r\n"));
        var client = transcript().items(Direction.CLIENT_TO_SERVER);
        assertThat(client).extracting(TranscriptItem::kind).containsExactly(
                TranscriptItem.Kind.LINE, TranscriptItem.Kind.LITERAL, TranscriptItem.Kind.LINE);
        assertThat(client.get(1).bytes()).isEqualTo(ascii("Subject: hi\r\n\r\n"));
        assertThat(client.get(2).text()).isEmpty();
    }

    @Test
    void onlyImapHasLiterals() {
        ConnectionTap smtp = wiretap.open("c2", "laptop", 587, 587, Security.STARTTLS);
        smtp.cleartext(Direction.CLIENT_TO_SERVER, ascii("price {5}\r\nhello world\r\n"));
        assertThat(wiretap.connection("c2").orElseThrow().transcript().items())
                .extracting(TranscriptItem::kind).containsOnly(TranscriptItem.Kind.LINE).hasSize(2);
    }

    @Test
    void bytesThatAreNotTextAreBinary() {
        tap.cleartext(Direction.CLIENT_TO_SERVER, new byte[] {0x16, 0x03, 0x01, 0x00, 0x0a, 0x01, '\n', 0x02});
        var items = transcript().items();
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(TranscriptItem.Kind.BINARY);
            assertThat(i.hex(4)).isEqualTo("16 03 01 00");
        });
    }

    @Test
    void listsTlsRecordsAndTheDecryptedLinesBetweenThem() {
        tap.cleartext(Direction.CLIENT_TO_SERVER, ascii("a1 STARTTLS\r\n"));
        tap.cleartext(Direction.SERVER_TO_CLIENT, ascii("a1 OK begin\r\n"));
        tap.tlsWire(Direction.CLIENT_TO_SERVER, new byte[] {22, 3, 1, 0, 2, 1, 2});
        tap.tlsWire(Direction.SERVER_TO_CLIENT, new byte[] {23, 3, 3, 0, 1, 9});
        tap.decrypted(Direction.SERVER_TO_CLIENT, ascii("* OK secret\r\n"));
        tap.closed("client sent QUIT");
        var t = transcript();
        assertThat(t.items()).extracting(TranscriptItem::kind).containsExactly(
                TranscriptItem.Kind.LINE, TranscriptItem.Kind.LINE, TranscriptItem.Kind.TLS_RECORD,
                TranscriptItem.Kind.TLS_RECORD, TranscriptItem.Kind.LINE);
        assertThat(t.items().get(2).recordType()).isEqualTo(TlsRecordType.HANDSHAKE);
        assertThat(t.items().get(4).layer()).isEqualTo(Layer.DECRYPTED);
        assertThat(t.lines(Direction.SERVER_TO_CLIENT)).containsExactly("a1 OK begin", "* OK secret");
        assertThat(wiretap.connection("c1").orElseThrow().info().closeReason()).isEqualTo("client sent QUIT");
    }

    @Test
    void listenersFollowEachExchangeLive() {
        var seen = new java.util.ArrayList<String>();
        wiretap.addListener((connection, exchange) -> seen.add(connection.id() + "#" + exchange.sequence()));
        tap.cleartext(Direction.SERVER_TO_CLIENT, ascii("* OK\r\n"));
        tap.cleartext(Direction.CLIENT_TO_SERVER, ascii("a1 LOGOUT\r\n"));
        assertThat(seen).containsExactly("c1#1", "c1#2");
    }

    @Test
    void theBuilderYieldsEachItemWhenItCompletesAndALongLiteralInManyPiecesAsOne() {
        Transcript.Builder builder = new Transcript.Builder(143);
        long sequence = 0;
        assertThat(builder.add(exchange(++sequence, Direction.CLIENT_TO_SERVER, "a1 APPEND INBOX {100000+}\r\nSub"))).extracting(TranscriptItem::text)
                .containsExactly("a1 APPEND INBOX {100000+}");
        String body = "x".repeat(100_000 - 4); // the last byte comes with the next line
        for (int at = 0; at < body.length(); at += 4096) {
            String piece = body.substring(at, Math.min(body.length(), at + 4096));
            assertThat(builder.add(exchange(++sequence, Direction.CLIENT_TO_SERVER, piece))).isEmpty();
        }
        var completed = builder.add(exchange(++sequence, Direction.CLIENT_TO_SERVER, "x\r\na2 NOOP\r\n"));
        assertThat(completed).extracting(TranscriptItem::kind).containsExactly(
                TranscriptItem.Kind.LITERAL, TranscriptItem.Kind.LINE, TranscriptItem.Kind.LINE);
        assertThat(completed.getFirst().length()).isEqualTo(100_000);
        assertThat(completed.getFirst().sequence()).isEqualTo(1);
        assertThat(completed.getLast().text()).isEqualTo("a2 NOOP");
        assertThat(builder.add(exchange(++sequence, Direction.SERVER_TO_CLIENT, "a2 OK"))).isEmpty();
        assertThat(builder.finish()).extracting(TranscriptItem::text).containsExactly("a2 OK");
    }

    private static Exchange exchange(long sequence, Direction direction, String text) {
        return new Exchange("c9", sequence, Instant.EPOCH, direction, Layer.CLEARTEXT, null, ascii(text));
    }
}
