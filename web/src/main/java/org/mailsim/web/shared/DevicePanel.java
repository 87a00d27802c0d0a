package org.mailsim.web.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mailsim.net.Protocol;
import org.mailsim.scenario.DeviceSpec;
import org.mailsim.scenario.Scenario;
import org.mailsim.scenario.device.DeviceView;
import org.mailsim.scenario.device.MessageRow;
import org.mailsim.scenario.timeline.DeviceDiff;
import org.mailsim.scenario.timeline.DeviceState;

/** Each device's screen after a step, rows marked new, changed or removed by the step's {@link DeviceDiff}. */
public final class DevicePanel {
    private DevicePanel() { }

    public static List<DeviceCard> of(Scenario scenario, Map<String, DeviceState> now, Map<String, DeviceState> before) {
        List<DeviceCard> cards = new ArrayList<>();
        for (var entry : now.entrySet()) {
            DeviceState state = entry.getValue();
            DeviceView view = state.view();
            DeviceDiff diff = state.diff();
            List<RowView> rows = new ArrayList<>();
            for (MessageRow row : view.messages()) {
                String change = diff.added().contains(row.id()) ? "new" : diff.changed().contains(row.id()) ? "changed" : "";
                rows.add(row(row, change));
            }
            DeviceState was = before.get(entry.getKey());
            if (was != null && !diff.folderChanged()) {
                for (MessageRow row : was.view().messages()) if (diff.removed().contains(row.id())) rows.add(row(row, "removed"));
            }
            String opened = view.opened().map(o -> o.subject() + " — " + o.from()).orElse("");
            cards.add(new DeviceCard(entry.getKey(), frame(entry.getKey()), view.app(), kind(scenario, entry.getKey()),
                    view.connection(), view.folder(), view.folders(), rows, state.notices(), opened, diff.folderChanged()));
        }
        return cards;
    }

    /** Phones and tablets are drawn as a phone, anything else as a laptop. */
    public static String frame(String device) {
        String name = device.toLowerCase(Locale.ROOT);
        return name.contains("phone") || name.contains("tablet") || name.contains("mobile") ? "phone" : "laptop";
    }

    private static RowView row(MessageRow row, String change) {
        return new RowView(row.id(), row.from(), row.subject(), row.unread(), row.flagged(), row.deleted(), change);
    }

    private static String kind(Scenario scenario, String device) {
        Protocol protocol = scenario.device(device).map(DeviceSpec::protocol).orElse(null);
        if (protocol == null) return "";
        return switch (protocol) {
            case IMAP -> "IMAP: a synced view of the folder on the server";
            case POP3 -> "POP3: local copies downloaded to this device";
            case SMTP -> "SMTP: sends mail, keeps no mailbox";
        };
    }

    /** One device's screen. */
    public record DeviceCard(String name, String frame, String app, String kind, String connection, String folder,
                             List<String> folders, List<RowView> rows, List<String> notices, String opened, boolean folderChanged) { }

    /** One row of a device's message list. @param change "new", "changed", "removed" or "" */
    public record RowView(String id, String from, String subject, boolean unread, boolean flagged, boolean deleted, String change) { }
}
