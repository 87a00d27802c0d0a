package org.mailsim.web;

import java.util.List;

/**
 * Everything the player page shows for one step, as plain values for the template. Wire text
 * stays text: the template prints it escaped.
 */
record PlayerView(String scenarioId, String title, String summary, String difficulty, List<String> objectives,
                  int step, int stepCount, List<StepLink> steps, Nav nav, Modes modes, ActionView action,
                  String narration, String examPoint, List<ResultView> results, List<ConnectionView> connections,
                  List<AccountView> mailbox, List<DeviceCard> devices, String version) {

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
     * One protocol line, literal, binary run or TLS record.
     *
     * @param lane        "client" or "server"
     * @param kind        "line", "literal", "binary" or "tls"
     * @param when        "now" for this step's lines, "earlier" for those of earlier steps
     * @param insideTls   the endpoints read it decrypted; a sniffer saw only TLS records
     * @param explainHref the explanation's address, or {@code null} where there is none
     * @param masked      the text hides a password or SASL payload (the live view)
     */
    record LineView(String lane, String prefix, String kind, String text, String when, int step,
                    boolean insideTls, String explainHref, boolean masked) { }

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
