package org.mailsim.scenario.timeline;

import java.util.List;

import org.mailsim.scenario.device.DeviceView;

/** One device after a step: its screen, what its app told the user during the step, and what changed. */
public record DeviceState(DeviceView view, List<String> notices, DeviceDiff diff) {
    public DeviceState {
        notices = List.copyOf(notices);
    }
}
