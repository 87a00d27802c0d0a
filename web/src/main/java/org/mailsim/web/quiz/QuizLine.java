package org.mailsim.web.quiz;

/**
 * One line of an exchange as {@code mailsim replay} prints it ({@code C: a1 LOGIN…}, {@code S: * OK},
 * {@code S| } for content, {@code [TLS …]} for a TLS record), split for drawing in the player's
 * lanes. A line of neither kind (a connection's heading) is a {@code note}.
 *
 * @param lane      "client", "server", "tls" or "note"
 * @param arrow     → for the client, ← for the server, nothing otherwise
 * @param prefix    "C:", "S:", "C|", "S|" or ""
 * @param decisive  the line that decided a configure task's outcome
 */
record QuizLine(String lane, String arrow, String prefix, String text, boolean decisive) {

    static QuizLine of(String line, boolean decisive) {
        boolean client = line.startsWith("C");
        boolean wire = line.length() >= 2 && (client || line.startsWith("S")) && (line.charAt(1) == ':' || line.charAt(1) == '|');
        if (!wire) return new QuizLine(line.startsWith("[TLS") ? "tls" : "note", "", "", line, decisive);
        String text = line.length() > 2 ? line.substring(line.charAt(2) == ' ' ? 3 : 2) : "";
        String lane = text.startsWith("[TLS") ? "tls" : client ? "client" : "server";
        return new QuizLine(lane, client ? "→" : "←", line.substring(0, 2), text, decisive);
    }
}
