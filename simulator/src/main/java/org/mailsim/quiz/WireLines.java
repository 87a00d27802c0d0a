package org.mailsim.quiz;

/** The shapes of the lines {@code mailsim replay} prints for an exchange. */
final class WireLines {
    private WireLines() { }

    /** {@code C: }, {@code S: } (a protocol line), {@code C| }, {@code S| } (content), or a TLS marker. */
    static boolean isWireLine(String line) {
        return line.startsWith("C: ") || line.startsWith("S: ") || line.startsWith("C| ") || line.startsWith("S| ")
                || line.equals("C:") || line.equals("S:") || line.equals("C|") || line.equals("S|") || isTlsMarker(line);
    }

    /** A TLS marker line, {@code C: [TLS handshake]} (or bare {@code [TLS …]}), which excerpts may leave out. */
    static boolean isTlsMarker(String line) {
        return line.startsWith("[TLS") || line.startsWith("C: [TLS") || line.startsWith("S: [TLS");
    }
}
