package org.mailsim.lab;

import java.util.List;

import org.mailsim.store.StoreDiff;
import org.mailsim.store.StoreSnapshot;

/**
 * What changed in a sandbox after one action, for every browser tab showing it.
 *
 * @param fresh          the tab should clear its consoles first (a new tab, or the sandbox was reset)
 * @param lines          new console lines, in order, for any pane
 * @param panes          every pane's state now
 * @param mailbox        the server's mailbox, when it changed (or the tab is fresh); otherwise null
 * @param exercisesDone  the ids of the exercises done so far
 */
public record LabUpdate(boolean fresh, List<ConsoleLine> lines, List<PaneState> panes, Mailbox mailbox,
                        List<String> exercisesDone) {

    public LabUpdate {
        lines = List.copyOf(lines);
        panes = List.copyOf(panes);
        exercisesDone = List.copyOf(exercisesDone);
    }

    /** The store after the action, the one before, and what the action changed. */
    public record Mailbox(StoreSnapshot before, StoreSnapshot after, StoreDiff diff) { }
}
