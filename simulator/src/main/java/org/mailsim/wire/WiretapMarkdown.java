package org.mailsim.wire;

import java.util.List;

/**
 * The wiretap as readable Markdown: one section per connection, then its transcript with
 * {@code C:} and {@code S:} lines as the RFCs write them, in a fenced block:
 *
 * <pre>
 * ## c1: phone → port 993 (implicit TLS)
 * C: [TLS handshake]
 * S: [TLS application data]
 * S: * OK IMAP4rev1 ready
 * </pre>
 *
 * Literals are shown as {@code [literal 12 bytes]} followed by their lines prefixed with
 * {@code C| }; binary runs as {@code [binary 517 bytes: 16 03 01 …]}. TLS records carry their
 * length ({@code [TLS handshake 517 bytes]}) and bytes only when {@link ExportOptions} ask.
 */
public final class WiretapMarkdown {

    private static final int BINARY_PREVIEW = 16;

    private WiretapMarkdown() {
    }

    public static String export(List<TappedConnection> connections, ExportOptions options) {
        StringBuilder md = new StringBuilder("# Wiretap\n");
        for (TappedConnection c : connections) {
            ConnectionInfo info = c.info();
            md.append("\n## ").append(info.id()).append(": ").append(info.remote())
              .append(" → port ").append(info.port());
            if (info.standInPort() != info.port()) md.append(" (stand-in ").append(info.standInPort()).append(')');
            md.append(", ").append(info.security().label()).append("\n\n");
            md.append("Opened ").append(info.opened());
            if (!info.isOpen()) md.append(", closed ").append(info.closed()).append(": ").append(info.closeReason());
            md.append(".\n\n```\n");
            for (TranscriptItem item : c.transcript().items()) appendItem(md, item, options);
            md.append("```\n");
        }
        return md.toString();
    }

    /** One transcript item as {@code C:}/{@code S:} lines, each ending in a newline (the timeline exports use it too). */
    public static void appendItem(StringBuilder md, TranscriptItem item, ExportOptions options) {
        String p = item.direction().prefix();
        switch (item.kind()) {
            case LINE -> md.append(p).append(": ").append(visible(item.text())).append('\n');
            case LITERAL -> {
                md.append(p).append(": [literal ").append(item.length()).append(" bytes]\n");
                for (String l : item.text().split("\r?\n", -1)) md.append(p).append("| ").append(visible(l)).append('\n');
            }
            case BINARY -> md.append(p).append(": [binary ").append(item.length()).append(" bytes: ")
                    .append(item.hex(BINARY_PREVIEW)).append(item.length() > BINARY_PREVIEW ? " …" : "").append("]\n");
            case TLS_RECORD -> {
                if (item.recordType() == TlsRecordType.NOT_TLS) {
                    md.append(p).append(": [not TLS, ").append(item.length()).append(" bytes: ")
                      .append(item.hex(BINARY_PREVIEW)).append(item.length() > BINARY_PREVIEW ? " …" : "").append("]\n");
                    return;
                }
                md.append(p).append(": [TLS ").append(item.recordType().label());
                if (options.tlsRecordLengths()) md.append(' ').append(item.length()).append(" bytes");
                if (options.tlsRecordBytes()) md.append(": ").append(item.hex(item.length()));
                md.append("]\n");
            }
        }
    }

    /** Control characters left inside a line (a bare CR, an escape) shown as U+2400 pictures. */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) out.append(ch < 0x20 && ch != '\t' ? (char) (0x2400 + ch) : ch);
        return out.toString();
    }
}
