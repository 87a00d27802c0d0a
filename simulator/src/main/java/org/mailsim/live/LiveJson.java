package org.mailsim.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mailsim.store.StoreJson;
import org.mailsim.wire.ConnectionInfo;

/**
 * The live view as JSON, format {@code mailsim-live/1}, for scripts and tests ({@code GET /api/live}).
 * Field names and order are stable:
 *
 * <pre>
 * { "format", "version", "revealed",
 *   "server": {hostname, listenAddress, certificateFingerprint,
 *              ports: [ {service, port, boundPort, security (NONE|STARTTLS|IMPLICIT_TLS)} ]},
 *   "connections": [ {id, remote, service, port, boundPort, security, state ("open"|"closed"), opened, closed,
 *                     closeReason, tls, account, omittedLines,
 *                     lines: [ {sequence, direction ("C"|"S"), kind (LINE|LITERAL|BINARY|TLS_RECORD),
 *                               layer (CLEARTEXT|DECRYPTED|TLS_RECORD), length, masked,
 *                               text | recordType} ]} ],
 *   "store": {accounts: [ {login, quotaUsed, quotaLimit, folders: [ {name, specialUse, uidValidity, uidNext,
 *                          messages: [ {uid, flags[], size, from, subject} ]} ]} ]} }
 * </pre>
 *
 * {@code text} has every password and SASL payload replaced by {@link CredentialMask#HIDDEN} and
 * {@code masked} true, unless {@code revealed}; a binary run's text is its first bytes in hex.
 * {@code tls} is true once the connection's bytes travel inside TLS. Times are ISO-8601 instants.
 */
public final class LiveJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LiveJson() { }

    public static String render(LiveSnapshot snapshot, LiveServerInfo server, boolean reveal) {
        ObjectNode root = JSON.createObjectNode().put("format", "mailsim-live/1")
                .put("version", snapshot.version()).put("revealed", reveal);
        server(root.putObject("server"), server);
        ArrayNode connections = root.putArray("connections");
        for (LiveConnection c : snapshot.connections()) connection(connections.addObject(), c, reveal);
        StoreJson.accounts(root.putObject("store").putArray("accounts"), snapshot.store());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serializes", e);
        }
    }

    private static void server(ObjectNode node, LiveServerInfo server) {
        node.put("hostname", server.hostname()).put("listenAddress", server.listenAddress())
                .put("certificateFingerprint", server.certificateFingerprint());
        ArrayNode ports = node.putArray("ports");
        for (PortBinding p : server.ports()) {
            ports.addObject().put("service", p.service().ianaName()).put("port", p.service().port())
                    .put("boundPort", p.boundPort()).put("security", p.service().security().name());
        }
    }

    private static void connection(ObjectNode node, LiveConnection c, boolean reveal) {
        ConnectionInfo info = c.info();
        node.put("id", info.id()).put("remote", info.remote())
                .put("service", c.service().map(s -> s.ianaName()).orElse(null))
                .put("port", info.port()).put("boundPort", info.standInPort()).put("security", info.security().name())
                .put("state", info.isOpen() ? "open" : "closed")
                .put("opened", info.opened().toString())
                .put("closed", info.closed() == null ? null : info.closed().toString())
                .put("closeReason", info.closeReason())
                .put("tls", c.tlsActive()).put("account", c.account()).put("omittedLines", c.omittedLines());
        ArrayNode lines = node.putArray("lines");
        for (LiveLine line : c.lines()) {
            ObjectNode l = lines.addObject().put("sequence", line.sequence()).put("direction", line.direction().prefix())
                    .put("kind", line.kind().name()).put("layer", line.layer().name()).put("length", line.length())
                    .put("masked", line.masked() && !reveal);
            if (line.recordType() != null) l.put("recordType", line.recordType().name());
            else l.put("text", line.shown(reveal));
        }
    }
}
