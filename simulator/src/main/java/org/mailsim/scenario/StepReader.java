package org.mailsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mailsim.yaml.YamlFields;
import org.mailsim.yaml.YamlNode;

/** Reads a scenario's {@code steps:} and each step's {@code expect:} list. */
final class StepReader {
    private static final String EXPECTATION_KINDS =
            "server_says, server_never_says, client_sends, mailbox, device_shows, device_says or device_error";
    private StepReader() { }

    static List<Step> steps(YamlFields top, List<DeviceSpec> devices, List<AccountSpec> accounts) {
        List<Step> steps = new ArrayList<>();
        List<YamlNode> nodes = top.list("steps");
        if (nodes.isEmpty()) top.problem(top.position(), "a scenario needs 'steps'");
        for (YamlNode node : nodes) {
            int number = steps.size() + 1;
            YamlFields f = new YamlFields(node, "step " + number, top.problems());
            String narration = f.text("narration", "").trim();
            String examPoint = f.text("exam_point", "").trim();
            Step.What what = what(f, number, devices, narration);
            List<Expectation> expectations = new ArrayList<>();
            for (YamlNode e : f.list("expect")) expectation(e, number, top, devices, accounts).ifPresent(expectations::add);
            f.rejectUnknownKeys();
            steps.add(new Step(number, f.position(), what, narration, examPoint, expectations));
        }
        return steps;
    }

    private static Step.What what(YamlFields f, int number, List<DeviceSpec> devices, String narration) {
        Optional<String> action = f.text("do");
        Optional<String> typed = f.text("type");
        boolean hasDevice = f.has("device");
        if (action.isPresent() && typed.isPresent()) {
            f.problem(f.at("type"), "step " + number + " has both 'do' and 'type': one step is one thing");
        }
        if (action.isEmpty() && typed.isEmpty()) {
            if (narration.isEmpty()) {
                f.problem(f.position(), "step " + number + " needs 'do' (a user action), 'type' (a raw line) or 'narration'");
            }
            if (hasDevice) f.problem(f.at("device"), "step " + number + " names a device but has nothing for it to do");
            f.node("message");
            return new Step.What.Narrate();
        }
        String device = f.text("device", devices.size() == 1 ? devices.get(0).name() : "");
        if (device.isEmpty()) {
            f.problem(f.position(), "step " + number + " needs 'device': which device does it?");
        } else if (devices.stream().noneMatch(d -> d.name().equals(device))) {
            f.problem(f.at("device"), "no device '" + device + "' in this scenario; devices: "
                    + String.join(", ", devices.stream().map(DeviceSpec::name).toList()));
        }
        if (typed.isPresent()) {
            if (typed.get().contains("\n") || typed.get().contains("\r")) {
                f.problem(f.at("type"), "'type' is one line; write one step per line typed");
            }
            return new Step.What.Type(device, typed.get());
        }
        Optional<Action> parsed;
        try {
            parsed = ActionParser.parse(action.get());
        } catch (ActionParser.OutOfRange e) {
            f.problem(f.at("do"), e.getMessage());
            return new Step.What.Narrate();
        }
        if (parsed.isEmpty()) {
            f.problem(f.at("do"), "'" + action.get() + "' is not an action mailsim knows; try one of: "
                    + String.join(", ", ActionParser.examples()));
            return new Step.What.Narrate();
        }
        Action act = parsed.get();
        if (act instanceof Action.Send) {
            YamlFields message = new YamlFields(f.node("message").orElse(new YamlNode.YamlMap(f.position(), Map.of())),
                    "the message of step " + number, f.problems());
            String to = message.requiredText("to");
            String subject = message.text("subject", "(no subject)");
            String body = message.text("body", "");
            message.rejectUnknownKeys();
            act = new Action.Send(to, subject, body);
        } else if (f.has("message")) {
            f.problem(f.at("message"), "'message' belongs to 'do: send a message' steps only");
        }
        return new Step.What.Act(device, act);
    }

    private static Optional<Expectation> expectation(YamlNode node, int number, YamlFields top, List<DeviceSpec> devices,
                                                     List<AccountSpec> accounts) {
        if (!(node instanceof YamlNode.YamlMap map) || map.entries().size() != 1) {
            top.problem(node.position(), "each expectation of step " + number
                    + " is one 'kind: …' line: " + EXPECTATION_KINDS);
            return Optional.empty();
        }
        YamlNode.Entry entry = map.entries().values().iterator().next();
        YamlNode value = entry.value();
        return switch (entry.key()) {
            case "server_says", "server_never_says", "client_sends" -> lineExpectation(entry.key(), value, top, devices);
            case "mailbox" -> Optional.of(mailbox(value, top, accounts));
            case "device_shows" -> Optional.of(deviceShows(value, top, devices));
            // device_says: {device, text}; device_error: {device, contains} is the same check, named for failures
            case "device_says", "device_error" -> {
                YamlFields f = new YamlFields(value, "a " + entry.key() + " expectation", top.problems());
                String device = knownDevice(f, devices);
                String text = f.requiredText(entry.key().equals("device_says") ? "text" : "contains");
                f.rejectUnknownKeys();
                yield Optional.of(new Expectation.DeviceSays(value.position(), device, text));
            }
            default -> {
                top.problem(entry.keyPosition(), "unknown expectation '" + entry.key() + "'; use " + EXPECTATION_KINDS);
                yield Optional.empty();
            }
        };
    }

    /** {@code server_says: "* 3 EXISTS"} or {@code server_says: {device: laptop, text: "* 3 EXISTS"}}. */
    private static Optional<Expectation> lineExpectation(String kind, YamlNode value, YamlFields top, List<DeviceSpec> devices) {
        Optional<String> device = Optional.empty();
        String text;
        if (value instanceof YamlNode.Scalar s && s.text() != null) {
            text = s.text();
        } else {
            YamlFields f = new YamlFields(value, "a " + kind + " expectation", top.problems());
            device = Optional.of(knownDevice(f, devices));
            text = f.requiredText("text");
            f.rejectUnknownKeys();
        }
        return Optional.of(switch (kind) {
            case "server_says" -> new Expectation.ServerSays(value.position(), device, text);
            case "server_never_says" -> new Expectation.ServerNeverSays(value.position(), device, text);
            default -> new Expectation.ClientSends(value.position(), device, text);
        });
    }

    private static Expectation mailbox(YamlNode value, YamlFields top, List<AccountSpec> accounts) {
        YamlFields f = new YamlFields(value, "a mailbox expectation", top.problems());
        String account = f.text("account", accounts.isEmpty() ? "" : accounts.get(0).login());
        if (accounts.stream().noneMatch(a -> a.login().equals(account))) {
            f.problem(f.at("account"), "no account '" + account + "' in this scenario");
        }
        String folder = f.text("folder", "INBOX");
        Optional<Integer> messages = f.number("messages", 0, 1_000_000).map(Long::intValue);
        Optional<Integer> unseen = f.number("unseen", 0, 1_000_000).map(Long::intValue);
        Optional<List<String>> subjects = f.has("subjects") ? Optional.of(f.texts("subjects")) : Optional.empty();
        f.rejectUnknownKeys();
        return new Expectation.Mailbox(value.position(), account, folder, messages, unseen, subjects);
    }

    private static Expectation deviceShows(YamlNode value, YamlFields top, List<DeviceSpec> devices) {
        YamlFields f = new YamlFields(value, "a device_shows expectation", top.problems());
        String device = knownDevice(f, devices);
        Optional<Integer> messages = f.number("messages", 0, 1_000_000).map(Long::intValue);
        Optional<Integer> unread = f.number("unread", 0, 1_000_000).map(Long::intValue);
        Optional<List<String>> subjects = f.has("subjects") ? Optional.of(f.texts("subjects")) : Optional.empty();
        f.rejectUnknownKeys();
        return new Expectation.DeviceShows(value.position(), device, messages, unread, subjects);
    }

    private static String knownDevice(YamlFields f, List<DeviceSpec> devices) {
        String device = f.requiredText("device");
        if (!device.isEmpty() && devices.stream().noneMatch(d -> d.name().equals(device))) {
            f.problem(f.at("device"), "no device '" + device + "' in this scenario");
        }
        return device;
    }
}
