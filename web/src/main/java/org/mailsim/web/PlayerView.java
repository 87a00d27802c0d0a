package org.mailsim.web;

import java.util.List;

/**
 * Everything the player page shows for one step, as plain values for the template. Wire text
 * stays text: the template prints it escaped.
 */
record PlayerView(String scenarioId, String title, String summary, String difficulty, List<String> objectives,
                  int step, int stepCount, List<StepLink> steps, Nav nav, Modes modes, ActionView action,
                  String narration, String examPoint, List<ResultView> results, List<ConnectionView> connections,
                  List<ExplainForm> explainForms, List<AccountView> mailbox, List<DeviceCard> devices, String version) {

    /** First / back / next / last: {@code null} where there is nowhere to go. */
    record Nav(String first, String back, String next, String last) { }

    /** One step in the progress bar. */
    record StepLink(int number, String href, String label, boolean current, boolean done) { }

    /** How the page is drawn: the eavesdropper's view, presenter mode, and links that switch them. */
    record Modes(boolean eavesdropper, boolean present, String toggleEavesdropper, String togglePresent, String query) { }

    /** What the user did: on which device ({@code frame} is "phone" or "laptop"), in words. */
    record ActionView(String device, String frame, String app, String words, String typed) { }

    record ResultView(boolean passed, String text, String detail) { }

    /** One connection's exchange: its lines from the first step up to this one. */
    record ConnectionView(String id, String label, String status, List<LineView> lines) { }

    /**
     * One protocol line, literal, line of a literal, binary run or TLS record.
     *
     * @param lane        "client" or "server"
     * @param prefix      "C:" or "S:", or "C|" / "S|" for a line inside a literal, as in the exports
     * @param kind        "line", "literal", "literal-line", "binary" or "tls"
     * @param when        "now" for this step's lines, "earlier" for those of earlier steps
     * @param insideTls   the endpoints read it decrypted; a sniffer saw only TLS records
     * @param explain     the form its button submits, or {@code null} where there is nothing to explain
     * @param masked      the text hides a password or SASL payload (the live view)
     */
    record LineView(String lane, String prefix, String kind, String text, String when, int step,
                    boolean insideTls, ExplainForm explain, boolean masked) { }

    /**
     * A form that asks {@code GET /explain} about a line: the line's button submits it with
     * {@code line=} its text. Without JavaScript the browser opens the explanation page; with it,
     * the page shows the answer in its side panel (explain.js, in the player, the live view and the lab).
     *
     * @param id        the form's element id, which the buttons name in their {@code form} attribute
     * @param direction "C" or "S"
     * @param literal   the line is data inside an IMAP literal, not a command or response
     */
    record ExplainForm(String id, String protocol, String direction, boolean literal) {

        /** The form for lines of {@code protocol} in {@code direction}; none when the port has no known protocol. */
        static ExplainForm of(org.mailsim.net.Protocol protocol, String direction, boolean literal) {
            if (protocol == null) return null;
            String id = "explain-" + protocol.name().toLowerCase(java.util.Locale.ROOT) + "-"
                    + direction.toLowerCase(java.util.Locale.ROOT) + (literal ? "-literal" : "");
            return new ExplainForm(id, protocol.name(), direction, literal);
        }

        /** Every form a line can submit: for the pages whose lines arrive after the page (the live view, the lab). */
        static List<ExplainForm> all() {
            List<ExplainForm> forms = new java.util.ArrayList<>();
            for (org.mailsim.net.Protocol protocol : org.mailsim.net.Protocol.values()) {
                for (String direction : List.of("C", "S")) {
                    forms.add(of(protocol, direction, false));
                    forms.add(of(protocol, direction, true));
                }
            }
            return List.copyOf(forms);
        }
    }

    record AccountView(String login, List<FolderView> folders) { }

    /** @param change "new", "removed" or "" */
    record FolderView(String name, long uidValidity, String change, List<MessageView> messages) { }

    /** One message on the server. @param change "new", "changed", "removed" or "" ; @param was the flags before a change */
    record MessageView(long uid, String from, String subject, String flags, int size, String change, String was) { }

    /** One device's screen. */
    record DeviceCard(String name, String frame, String app, String kind, String connection, String folder,
                      List<String> folders, List<RowView> rows, List<String> notices, String opened, boolean folderChanged) { }

    /** One row of a device's message list. @param change "new", "changed", "removed" or "" */
    record RowView(String id, String from, String subject, boolean unread, boolean flagged, boolean deleted, String change) { }
}
