package org.mailsim.lab;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.mailsim.net.ServicePort;

/** A sandbox driven as the console drives it, keeping each pane's lines as the browser would show them. */
final class LabHarness {
    final Sandbox sandbox;
    LabUpdate last;
    final List<ConsoleLine> all = new ArrayList<>();

    LabHarness() {
        this(LabLimits.DEFAULTS);
    }

    LabHarness(LabLimits limits) {
        sandbox = new SandboxRegistry(limits, Clock.systemUTC()).create();
    }

    LabHarness connect(String pane, ServicePort service) {
        return keep(sandbox.connect(pane, service));
    }

    LabHarness disconnect(String pane) {
        return keep(sandbox.disconnect(pane));
    }

    /** Sends a line and returns the server lines it brought to that pane, in order. */
    List<String> send(String pane, String text) {
        keep(sandbox.send(pane, text));
        return last.lines().stream().filter(l -> l.pane().equals(pane) && l.fromServer()).map(ConsoleLine::text).toList();
    }

    /** Every line (client, server, note) the last action showed on a pane, as "C: …", "S: …", "[…]". */
    List<String> shown(String pane) {
        return last.lines().stream().filter(l -> l.pane().equals(pane)).map(LabHarness::render).toList();
    }

    PaneState pane(String name) {
        return last.panes().stream().filter(p -> p.pane().equals(name)).findFirst().orElseThrow();
    }

    LabHarness keep(LabUpdate update) {
        last = update;
        all.addAll(update.lines());
        return this;
    }

    static String render(ConsoleLine l) {
        if (l.kind() == ConsoleLine.Kind.NOTE) return l.text();
        return (l.fromClient() ? "C: " : "S: ") + l.text();
    }
}
