package org.mailsim.lab;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's console lines, every pane and connection, in order; the oldest are forgotten
 * past a limit. A reloaded page redraws its consoles from it, and the exercises are checked on it.
 */
final class Journal {
    private final int maxLines;
    private final ArrayDeque<ConsoleLine> lines = new ArrayDeque<>();

    Journal(int maxLines) {
        this.maxLines = maxLines;
    }

    void add(ConsoleLine line) {
        lines.addLast(line);
        while (lines.size() > maxLines) lines.removeFirst();
    }

    List<ConsoleLine> lines() {
        return List.copyOf(lines);
    }

    /** The lines grouped by connection, connections in the order they first appear. */
    List<Conversation> conversations() {
        Map<String, List<ConsoleLine>> byConnection = new LinkedHashMap<>();
        for (ConsoleLine line : lines) {
            if (line.connectionId() != null) byConnection.computeIfAbsent(line.connectionId(), id -> new ArrayList<>()).add(line);
        }
        List<Conversation> all = new ArrayList<>();
        for (List<ConsoleLine> group : byConnection.values()) {
            ConsoleLine first = group.get(0);
            all.add(new Conversation(first.connectionId(), first.pane(), first.service(), group));
        }
        return all;
    }
}
