package org.mailsim.web.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mailsim.live.LiveServerInfo;
import org.mailsim.live.PortBinding;
import org.mailsim.net.ServicePort;

/** What the web benchmarks share: the table they print, and the app's idea of a live server. */
final class WebBench {
    private WebBench() { }

    /** One row of the figures table: figure | unit | measured | goal. */
    static void row(String figure, String unit, String measured, String goal) {
        System.out.printf(Locale.ROOT, "%-56s | %-5s | %15s | %s%n", figure, unit, measured, goal);
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** A live server that is not running: the player and the lab never ask for it, the home page would. */
    static LiveServerInfo liveServerNotRunning() {
        List<PortBinding> ports = new ArrayList<>();
        for (ServicePort p : ServicePort.values()) ports.add(new PortBinding(p, p.standInPort(), false));
        return new LiveServerInfo("localhost", "127.0.0.1", ports, List.of(), "", "");
    }
}
