package org.mailsim.scenario.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mailsim.scenario.device.DeviceView;
import org.mailsim.scenario.device.MessageRow;

/** What changed on a device's screen in one step, by message id: for the player's highlight. */
public record DeviceDiff(List<String> added, List<String> removed, List<String> changed, boolean folderChanged) {

    public DeviceDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !folderChanged;
    }

    public static DeviceDiff between(DeviceView before, DeviceView after) {
        boolean folderChanged = !before.folder().equals(after.folder());
        if (folderChanged) return new DeviceDiff(List.of(), List.of(), List.of(), true);
        Map<String, MessageRow> old = before.messages().stream().collect(Collectors.toMap(MessageRow::id, Function.identity(), (a, b) -> a));
        Map<String, MessageRow> now = after.messages().stream().collect(Collectors.toMap(MessageRow::id, Function.identity(), (a, b) -> a));
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (MessageRow row : after.messages()) {
            MessageRow was = old.get(row.id());
            if (was == null) added.add(row.id());
            else if (!was.equals(row)) changed.add(row.id());
        }
        for (MessageRow row : before.messages()) if (!now.containsKey(row.id())) removed.add(row.id());
        return new DeviceDiff(added, removed, changed, false);
    }
}
