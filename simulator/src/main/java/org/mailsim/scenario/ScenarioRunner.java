package org.mailsim.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mailsim.scenario.device.AppContext;
import org.mailsim.scenario.device.DeviceView;
import org.mailsim.scenario.device.MailApp;
import org.mailsim.scenario.device.MailApps;
import org.mailsim.scenario.timeline.DeviceDiff;
import org.mailsim.scenario.timeline.DeviceState;
import org.mailsim.scenario.timeline.ExpectationResult;
import org.mailsim.scenario.timeline.StepRecord;
import org.mailsim.scenario.timeline.Timeline;
import org.mailsim.scenario.timeline.WireSlice;
import org.mailsim.store.StoreDiff;
import org.mailsim.store.StoreSnapshot;
import org.mailsim.wire.ConnectionInfo;
import org.mailsim.wire.Exchange;
import org.mailsim.wire.TappedConnection;
import org.mailsim.wire.WiretapListener;

/**
 * Replays a scenario against the real engines on the virtual network and records its timeline.
 * Every step: a second of virtual time passes, the device acts (or a line is typed, or the
 * narrator speaks), every device reacts to what the server pushed, and then the wire, the
 * store, the screens and the expectations are recorded. Deterministic: the same file gives the
 * same timeline, byte for byte.
 */
public final class ScenarioRunner {
    /** Virtual time between steps, so each step's lines carry their own timestamp. */
    private static final Duration STEP_TICK = Duration.ofSeconds(1);

    private final Scenario scenario;
    private final SimulatedServer server;
    private final Map<String, MailApp> apps = new LinkedHashMap<>();
    private final Map<String, Integer> seenExchanges = new HashMap<>();
    private final Set<String> seenClosed = new HashSet<>();
    private final Map<String, Duration> sinceLastPoll = new HashMap<>();
    /** When each connection first spoke (or opened, or closed) in the current step: the slices' order. */
    private final Map<String, Long> firstHeard = new HashMap<>();
    private long heard;

    private ScenarioRunner(Scenario scenario) {
        this.scenario = scenario;
        this.server = new SimulatedServer(scenario.server().allowPlaintextLogin());
        scenario.accounts().forEach(server::addAccount);
        scenario.server().attackers().forEach(a -> server.network().placeOnPath(a.device(), OnPathAttackers.of(a.kind())));
        for (DeviceSpec device : scenario.devices()) {
            AccountSpec account = scenario.account(device.account()).orElseThrow();
            apps.put(device.name(), MailApps.create(new AppContext(device, account, server, server.clock(), server.certificate())));
            sinceLastPoll.put(device.name(), Duration.ZERO);
        }
        server.wiretap().addListener(new WiretapListener() {
            @Override
            public void onExchange(ConnectionInfo connection, Exchange exchange) {
                firstHeard.putIfAbsent(connection.id(), heard++);
            }

            @Override
            public void onConnection(ConnectionInfo connection) {
                firstHeard.putIfAbsent(connection.id(), heard++);
            }
        });
    }

    public static Timeline run(Scenario scenario) {
        return new ScenarioRunner(scenario).replay();
    }

    private Timeline replay() {
        StoreSnapshot start = server.store().snapshot();
        StoreSnapshot before = start;
        Map<String, DeviceView> viewsBefore = views();
        List<StepRecord> records = new ArrayList<>();
        for (Step step : scenario.steps()) {
            server.network().advance(STEP_TICK);
            Map<String, List<String>> notices = new LinkedHashMap<>();
            for (String device : apps.keySet()) notices.put(device, new ArrayList<>());
            act(step.what(), notices);
            for (var app : apps.entrySet()) notices.get(app.getKey()).addAll(app.getValue().settle());

            List<WireSlice> wire = wireOfThisStep();
            StoreSnapshot after = server.store().snapshot();
            Map<String, DeviceView> viewsAfter = views();
            Map<String, DeviceState> devices = new LinkedHashMap<>();
            for (String device : apps.keySet()) {
                devices.put(device, new DeviceState(viewsAfter.get(device), notices.get(device),
                        DeviceDiff.between(viewsBefore.get(device), viewsAfter.get(device))));
            }
            List<ExpectationResult> results = step.expectations().stream()
                    .map(e -> ExpectationChecker.check(e, wire, after, devices)).toList();
            records.add(new StepRecord(step, server.clock().instant().toString(), wire, after, StoreDiff.between(before, after),
                    devices, results));
            before = after;
            viewsBefore = viewsAfter;
        }
        return new Timeline(scenario, start, records);
    }

    private void act(Step.What what, Map<String, List<String>> notices) {
        switch (what) {
            case Step.What.Act(String device, Action.Wait wait) -> waitFor(wait.duration(), notices);
            case Step.What.Act(String device, Action action) -> notices.get(device).addAll(apps.get(device).perform(action));
            case Step.What.Type(String device, String line) -> notices.get(device).addAll(apps.get(device).type(line));
            case Step.What.Narrate() -> { }
        }
    }

    /**
     * Time passes a minute at a time: the server's timers run (autologout), then the apps' own
     * (an IMAP app renews its IDLE), and devices set to "check every N minutes" poll when their
     * interval is up. When nothing can happen (no connection open on the server, so no server or
     * app timer runs, and no device checks on its own) the clock moves on in one go: fifteen
     * quiet days are one step, not 21,600.
     */
    private void waitFor(Duration duration, Map<String, List<String>> notices) {
        Duration left = duration;
        while (left.isPositive()) {
            Duration tick = left.compareTo(Duration.ofMinutes(1)) < 0 || nothingCanHappen() ? left : Duration.ofMinutes(1);
            server.network().advance(tick);
            left = left.minus(tick);
            for (var app : apps.entrySet()) notices.get(app.getKey()).addAll(app.getValue().timePassed());
            for (DeviceSpec device : scenario.devices()) {
                var every = device.settings().checkEveryMinutes();
                if (every.isEmpty()) continue;
                Duration since = sinceLastPoll.get(device.name()).plus(tick);
                if (since.compareTo(Duration.ofMinutes(every.get())) >= 0) {
                    notices.get(device.name()).addAll(apps.get(device.name()).perform(new Action.CheckMail()));
                    since = Duration.ZERO;
                }
                sinceLastPoll.put(device.name(), since);
            }
        }
    }

    /** No server connection open (the server's and the apps' timers run on open ones only) and no device polling. */
    private boolean nothingCanHappen() {
        return server.network().openConnections().isEmpty()
                && scenario.devices().stream().allMatch(d -> d.settings().checkEveryMinutes().isEmpty());
    }

    private Map<String, DeviceView> views() {
        Map<String, DeviceView> views = new LinkedHashMap<>();
        for (var app : apps.entrySet()) views.put(app.getKey(), app.getValue().view());
        return views;
    }

    /**
     * The exchanges every connection had since the previous step, and which opened or closed, in
     * the order the connections first spoke during the step: an app that sends with SMTP and then
     * files the copy with IMAP APPEND shows the SMTP connection first, even when its IMAP
     * connection is older.
     */
    private List<WireSlice> wireOfThisStep() {
        List<WireSlice> slices = new ArrayList<>();
        for (TappedConnection connection : server.wiretap().connections()) {
            String id = connection.id();
            Integer seen = seenExchanges.get(id);
            boolean opened = seen == null;
            int from = opened ? 0 : seen;
            var exchanges = connection.exchanges().subList(from, connection.exchanges().size());
            boolean closed = !connection.info().isOpen() && seenClosed.add(id);
            seenExchanges.put(id, connection.exchanges().size());
            if (!exchanges.isEmpty() || opened || closed) slices.add(new WireSlice(connection.info(), exchanges, opened, closed));
        }
        slices.sort(Comparator.comparingLong(slice -> firstHeard.getOrDefault(slice.connection().id(), Long.MAX_VALUE)));
        firstHeard.clear();
        return slices;
    }
}
