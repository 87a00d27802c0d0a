package org.mailsim.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * The wiretap as JSON. Fields always come in this order (a golden file can be diffed):
 *
 * <pre>
 * { "connections": [ {
 *     "id", "remote", "port", "standInPort", "security", "opened", "closed", "closeReason",
 *     "exchanges": [ {
 *         "sequence", "timestamp", "direction", "layer",
 *         "recordType"            TLS_RECORD only: HANDSHAKE, APPLICATION_DATA, ALERT, CHANGE_CIPHER_SPEC, NOT_TLS
 *         "length"                always for cleartext and decrypted bytes; for records with tlsRecordLengths
 *         "text" | "hex"          cleartext and decrypted: "text" when the bytes are UTF-8, else "hex";
 *                                 records: "hex" with tlsRecordBytes; NOT_TLS bytes always as "hex"
 *     } ] } ] }
 * </pre>
 *
 * Times are ISO-8601 instants; "closed" and "closeReason" are null while a connection is open.
 */
public final class WiretapJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    // LF line ends on every OS, so an export made on Windows diffs clean against one made on Linux.
    private static final ObjectWriter WRITER = MAPPER.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private WiretapJson() {
    }

    public static String export(List<TappedConnection> connections, ExportOptions options) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("connections");
        for (TappedConnection c : connections) {
            ConnectionInfo info = c.info();
            ObjectNode node = list.addObject();
            node.put("id", info.id());
            node.put("remote", info.remote());
            node.put("port", info.port());
            node.put("standInPort", info.standInPort());
            node.put("security", info.security().name());
            node.put("opened", info.opened().toString());
            node.put("closed", info.closed() == null ? null : info.closed().toString());
            node.put("closeReason", info.closeReason());
            ArrayNode exchanges = node.putArray("exchanges");
            for (Exchange e : c.exchanges()) exchange(exchanges.addObject(), e, options);
        }
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serializes", e);
        }
    }

    private static void exchange(ObjectNode node, Exchange e, ExportOptions options) {
        node.put("sequence", e.sequence());
        node.put("timestamp", e.timestamp().toString());
        node.put("direction", e.direction().name());
        node.put("layer", e.layer().name());
        byte[] bytes = e.bytes();
        if (e.layer() == Layer.TLS_RECORD) {
            node.put("recordType", e.recordType().name());
            boolean notTls = e.recordType() == TlsRecordType.NOT_TLS;
            if (options.tlsRecordLengths() || notTls) node.put("length", bytes.length);
            if (options.tlsRecordBytes() || notTls) node.put("hex", HexFormat.of().formatHex(bytes));
            return;
        }
        node.put("length", bytes.length);
        String text = utf8(bytes);
        if (text != null) node.put("text", text);
        else node.put("hex", HexFormat.of().formatHex(bytes));
    }

    /** The bytes as text if they are well-formed UTF-8 without control characters (CR, LF, TAB allowed), else null. */
    static String utf8(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        for (char ch : text.toCharArray()) {
            if (ch < 0x20 && ch != '\r' && ch != '\n' && ch != '\t' || ch == 0x7f) return null;
        }
        return text;
    }
}
