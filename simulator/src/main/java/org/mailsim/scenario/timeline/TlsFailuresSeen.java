package org.mailsim.scenario.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mailsim.net.TlsFailureKind;

/**
 * The TLS handshake failures one replayed step shows, each by its class: as the server's close
 * reason of a connection that ended in the step, and as a device's notice. Both texts come from
 * {@link org.mailsim.net.TlsFailure}, so the class is read back from the words the student sees;
 * nothing here is written per scenario.
 */
public final class TlsFailuresSeen {
    private TlsFailuresSeen() { }

    /**
     * One failure as one side saw it.
     *
     * @param side  "the server (connection c1)" or "the laptop's app"
     * @param kind  its class, with its name and explanation
     * @param words what that side said, in full
     */
    public record Seen(String side, TlsFailureKind kind, String words) { }

    /** The server's view first (connection by connection), then each device's, in the scenario's order. */
    public static List<Seen> in(StepRecord record) {
        List<Seen> seen = new ArrayList<>();
        for (WireSlice slice : record.wire()) {
            if (!slice.closed()) continue;
            String reason = slice.connection().closeReason();
            TlsFailureKind.in(reason).ifPresent(kind -> seen.add(new Seen("the server (connection " + slice.connection().id() + ")", kind, reason)));
        }
        for (Map.Entry<String, DeviceState> device : record.devices().entrySet()) {
            for (String notice : device.getValue().notices()) {
                Optional<TlsFailureKind> kind = TlsFailureKind.in(notice);
                kind.ifPresent(k -> seen.add(new Seen("the " + device.getKey() + "'s app", k, notice)));
            }
        }
        return List.copyOf(seen);
    }
}
