package org.mailsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mailsim.scenario.device.MessageRow;
import org.mailsim.scenario.timeline.DeviceState;
import org.mailsim.scenario.timeline.ExpectationResult;
import org.mailsim.scenario.timeline.WireSlice;
import org.mailsim.store.FolderSnapshot;
import org.mailsim.store.StoreSnapshot;
import org.mailsim.store.StoredMessage;
import org.mailsim.store.SystemFlag;
import org.mailsim.wire.Direction;

/** Checks a step's expectations against what the step did; says what was found when one fails. */
final class ExpectationChecker {
    private ExpectationChecker() { }

    static ExpectationResult check(Expectation expectation, List<WireSlice> wire, StoreSnapshot store, Map<String, DeviceState> devices) {
        return switch (expectation) {
            case Expectation.ServerSays e -> lineCheck(e, e.device(), e.text(), Direction.SERVER_TO_CLIENT, true, wire);
            case Expectation.ServerNeverSays e -> lineCheck(e, e.device(), e.text(), Direction.SERVER_TO_CLIENT, false, wire);
            case Expectation.ClientSends e -> lineCheck(e, e.device(), e.text(), Direction.CLIENT_TO_SERVER, true, wire);
            case Expectation.Mailbox e -> mailbox(e, store);
            case Expectation.DeviceShows e -> deviceShows(e, devices);
            case Expectation.DeviceSays e -> deviceSays(e, devices);
        };
    }

    private static ExpectationResult lineCheck(Expectation e, Optional<String> device, String text, Direction direction,
                                               boolean wanted, List<WireSlice> wire) {
        List<String> lines = new ArrayList<>();
        for (WireSlice slice : wire) {
            if (device.isPresent() && !slice.device().equals(device.get())) continue;
            lines.addAll(slice.lines(direction));
        }
        Optional<String> found = lines.stream().filter(l -> l.contains(text)).findFirst();
        String who = direction == Direction.SERVER_TO_CLIENT ? "the server" : "the client";
        String where = device.map(d -> " on " + d + "'s connections").orElse("");
        if (wanted) {
            return found.isPresent() ? pass(e) : fail(e, "no line from " + who + where + " in this step contains \"" + text + "\""
                    + (lines.isEmpty() ? " (it sent nothing)" : "; it sent: " + summary(lines)));
        }
        return found.isEmpty() ? pass(e) : fail(e, who + where + " said \"" + found.get() + "\"");
    }

    private static ExpectationResult mailbox(Expectation.Mailbox e, StoreSnapshot store) {
        Optional<FolderSnapshot> folder = store.account(e.account()).flatMap(a -> a.folder(e.folder()));
        if (folder.isEmpty()) return fail(e, "the server has no folder " + e.folder() + " for " + e.account());
        List<StoredMessage> messages = folder.get().messages();
        List<String> problems = new ArrayList<>();
        e.messages().filter(n -> n != messages.size()).ifPresent(n -> problems.add("expected " + n + " messages, found " + messages.size()));
        long unseen = messages.stream().filter(m -> !m.flags().has(SystemFlag.SEEN)).count();
        e.unseen().filter(n -> n != unseen).ifPresent(n -> problems.add("expected " + n + " unseen, found " + unseen));
        List<String> subjects = messages.stream().map(m -> m.summary().subject()).toList();
        e.subjects().filter(s -> !s.equals(subjects)).ifPresent(s -> problems.add("expected subjects " + s + ", found " + subjects));
        return problems.isEmpty() ? pass(e) : fail(e, e.account() + "'s " + e.folder() + " on the server: " + String.join("; ", problems));
    }

    private static ExpectationResult deviceShows(Expectation.DeviceShows e, Map<String, DeviceState> devices) {
        DeviceState state = devices.get(e.device());
        List<MessageRow> rows = state.view().messages();
        List<String> problems = new ArrayList<>();
        e.messages().filter(n -> n != rows.size()).ifPresent(n -> problems.add("expected " + n + " messages, it shows " + rows.size()));
        long unread = state.view().unread();
        e.unread().filter(n -> n != unread).ifPresent(n -> problems.add("expected " + n + " unread, it shows " + unread));
        List<String> subjects = rows.stream().map(MessageRow::subject).toList();
        e.subjects().filter(s -> !s.equals(subjects)).ifPresent(s -> problems.add("expected subjects " + s + ", it shows " + subjects));
        return problems.isEmpty() ? pass(e) : fail(e, e.device() + ": " + String.join("; ", problems));
    }

    private static ExpectationResult deviceSays(Expectation.DeviceSays e, Map<String, DeviceState> devices) {
        List<String> notices = devices.get(e.device()).notices();
        String wanted = e.text().toLowerCase(Locale.ROOT);
        if (notices.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(wanted))) return pass(e);
        return fail(e, e.device() + " told its user nothing containing \"" + e.text() + "\" in this step"
                + (notices.isEmpty() ? " (it showed no message at all)" : "; it said: " + String.join(" | ", notices.stream().map(n -> "\"" + n + "\"").toList())));
    }

    private static String summary(List<String> lines) {
        List<String> shown = lines.size() > 6 ? lines.subList(0, 6) : lines;
        return String.join(" | ", shown) + (lines.size() > 6 ? " | …" : "");
    }

    private static ExpectationResult pass(Expectation e) {
        return new ExpectationResult(e, true, "");
    }

    private static ExpectationResult fail(Expectation e, String detail) {
        return new ExpectationResult(e, false, detail);
    }
}
