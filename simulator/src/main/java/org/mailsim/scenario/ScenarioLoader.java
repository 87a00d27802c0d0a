package org.mailsim.scenario;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mailsim.net.Protocol;
import org.mailsim.net.Security;
import org.mailsim.yaml.Position;
import org.mailsim.yaml.YamlException;
import org.mailsim.yaml.YamlFields;
import org.mailsim.yaml.YamlNode;
import org.mailsim.yaml.YamlProblem;
import org.mailsim.yaml.YamlTree;

/**
 * Reads one scenario file. Every problem in the file is reported at once, each as
 * {@code file:line:column: message}; a file with any problem gives no scenario.
 * The format is described in {@code docs/scenario-authoring.md}.
 */
public final class ScenarioLoader {
    private ScenarioLoader() { }

    private static final Map<String, Protocol> PROTOCOLS = Map.of("imap", Protocol.IMAP, "pop3", Protocol.POP3, "smtp", Protocol.SMTP);
    /** The words mail apps use: "SSL/TLS" is implicit TLS. */
    private static final Map<String, Security> SECURITY = Map.of("none", Security.NONE, "starttls", Security.STARTTLS,
            "tls", Security.IMPLICIT_TLS, "ssl/tls", Security.IMPLICIT_TLS);
    private static final Map<String, TlsPolicy> TLS_POLICIES = Map.of("require", TlsPolicy.REQUIRE, "if-available", TlsPolicy.IF_AVAILABLE);
    private static final Map<String, DeviceSettings.DeleteMethod> DELETE_METHODS = Map.of(
            "move-to-trash", DeviceSettings.DeleteMethod.MOVE_TO_TRASH,
            "mark-and-expunge", DeviceSettings.DeleteMethod.MARK_AND_EXPUNGE,
            "mark-only", DeviceSettings.DeleteMethod.MARK_ONLY);

    public static Scenario load(String file, String text) throws YamlException {
        YamlNode root = YamlTree.parse(file, text);
        List<YamlProblem> problems = new ArrayList<>();
        YamlFields top = new YamlFields(root, "a scenario", problems);

        String id = top.requiredText("id");
        if (!id.isEmpty() && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            top.problem(top.at("id"), "'id' should be lower-case words joined by hyphens, like imap-two-devices");
        }
        String title = top.requiredText("title");
        String summary = top.requiredText("summary").trim();
        Difficulty difficulty = top.choice("difficulty", Difficulty.words()).orElse(Difficulty.BEGINNER);
        List<ExamObjective> objectives = objectives(top, "a scenario", "the exam objectives it serves");
        List<String> topics = top.texts("topics");
        List<AccountSpec> accounts = accounts(top);
        List<DeviceSpec> devices = devices(top, accounts);
        ServerSpec server = server(top, devices);
        List<Step> steps = StepReader.steps(top, devices, accounts);
        top.rejectUnknownKeys();

        if (!problems.isEmpty()) throw new YamlException(sorted(problems));
        return new Scenario(id, title, summary, difficulty, objectives, topics, server, accounts, devices, steps, file);
    }

    /**
     * Reads {@code objectives:}, a list of {@code {exam: A+ 220-1201, objective: "2.1", note: …}};
     * scenarios and questions write them the same way.
     *
     * @param what  what holds them, for the message when there are none: "a scenario"
     * @param why   what they are, for that message
     */
    public static List<ExamObjective> objectives(YamlFields top, String what, String why) {
        List<ExamObjective> objectives = new ArrayList<>();
        List<YamlNode> nodes = top.list("objectives");
        if (nodes.isEmpty()) top.problem(top.position(), what + " needs 'objectives': " + why);
        for (YamlNode node : nodes) {
            YamlFields f = new YamlFields(node, "an objective", top.problems());
            Optional<Exam> exam = f.choice("exam", Exam.spellings());
            if (!f.has("exam")) f.problem(f.position(), "an objective needs 'exam' (for example A+ 220-1201, N10-009, SY0-701)");
            String number = f.requiredText("objective");
            if (!number.isEmpty() && !number.matches("\\d+\\.\\d+")) {
                f.problem(f.at("objective"), "'objective' should be a number like 2.1, not '" + number + "'");
            }
            String note = f.text("note", "");
            f.rejectUnknownKeys();
            if (exam.isPresent() && number.matches("\\d+\\.\\d+")) objectives.add(new ExamObjective(exam.get(), number, note));
        }
        return objectives;
    }

    private static List<AccountSpec> accounts(YamlFields top) {
        List<AccountSpec> accounts = new ArrayList<>();
        Set<String> logins = new HashSet<>();
        for (YamlNode node : top.list("accounts")) {
            YamlFields f = new YamlFields(node, "an account", top.problems());
            String login = f.requiredText("login");
            if (!login.isEmpty() && !logins.add(login)) f.problem(f.at("login"), "there is already an account '" + login + "'");
            String password = f.text("password", login);
            String address = f.text("address", login + "@mailsim.test");
            if (!address.contains("@")) f.problem(f.at("address"), "'address' should be a mail address like alice@mailsim.test");
            long quota = f.number("quota_bytes", 0, Long.MAX_VALUE).orElse(0L);
            List<String> folders = f.texts("folders");
            List<MailSpec> mail = new ArrayList<>();
            for (YamlNode m : f.list("mail")) mail.add(mail(new YamlFields(m, "a message", top.problems()), address));
            f.rejectUnknownKeys();
            accounts.add(new AccountSpec(login, password, address, quota, folders, mail));
        }
        if (accounts.isEmpty()) top.problem(top.position(), "a scenario needs at least one account under 'accounts'");
        return accounts;
    }

    private static MailSpec mail(YamlFields f, String owner) {
        String folder = f.text("folder", "INBOX");
        String raw = f.text("raw").orElse(null);
        String from = f.text("from", "Bob <bob@mailsim.test>");
        String to = f.text("to", owner);
        String subject = f.text("subject", "");
        String body = f.text("body", "");
        Instant date = Instant.parse("2026-01-15T09:00:00Z");
        Optional<String> dateText = f.text("date");
        if (dateText.isPresent()) {
            try {
                date = Instant.parse(dateText.get().trim());
            } catch (DateTimeParseException e) {
                f.problem(f.at("date"), "'date' should look like 2026-01-15T09:00:00Z, not '" + dateText.get() + "'");
            }
        }
        List<String> flags = f.texts("flags");
        for (String flag : flags) {
            if (flag.startsWith("\\") && !List.of("\\seen", "\\answered", "\\flagged", "\\deleted", "\\draft").contains(flag.toLowerCase())) {
                f.problem(f.at("flags"), "unknown system flag " + flag + " (RFC 3501 §2.3.2 has \\Seen \\Answered \\Flagged \\Deleted \\Draft)");
            }
        }
        if (raw == null && subject.isEmpty()) f.problem(f.position(), "a message needs a 'subject' (or its whole text as 'raw')");
        f.rejectUnknownKeys();
        return new MailSpec(folder, from, to, subject, date, body, flags, raw);
    }

    private static List<DeviceSpec> devices(YamlFields top, List<AccountSpec> accounts) {
        List<DeviceSpec> devices = new ArrayList<>();
        Map<String, Position> names = new LinkedHashMap<>();
        for (YamlNode node : top.list("devices")) {
            YamlFields f = new YamlFields(node, "a device", top.problems());
            String name = f.requiredText("name");
            if (!name.isEmpty() && names.putIfAbsent(name, f.at("name")) != null) {
                f.problem(f.at("name"), "there is already a device called '" + name + "'");
            }
            String account = f.text("account", accounts.isEmpty() ? "" : accounts.get(0).login());
            if (accounts.stream().noneMatch(a -> a.login().equals(account))) {
                f.problem(f.at("account"), "no account '" + account + "' in this scenario's 'accounts'");
            }
            Protocol protocol = f.choice("protocol", PROTOCOLS).orElse(Protocol.IMAP);
            if (!f.has("protocol")) f.problem(f.position(), "a device needs 'protocol': imap, pop3 or smtp");
            int port = f.number("port", 1, 65535).map(Long::intValue).orElse(0);
            if (!f.has("port")) f.problem(f.position(), "a device needs 'port' (143, 993, 110, 995, 25, 587 or 465)");
            Security security = f.choice("security", SECURITY).orElse(Security.NONE);
            if (!f.has("security")) f.problem(f.position(), "a device needs 'security': none, starttls or tls");
            DeviceSettings settings = settings(f.node("settings"), top);
            OutgoingSpec outgoing = f.node("outgoing").map(n -> outgoing(n, top)).orElse(OutgoingSpec.SUBMISSION);
            f.rejectUnknownKeys();
            devices.add(new DeviceSpec(name, account, protocol, port, security, settings, outgoing));
        }
        if (devices.isEmpty()) top.problem(top.position(), "a scenario needs at least one device under 'devices'");
        return devices;
    }

    private static OutgoingSpec outgoing(YamlNode node, YamlFields top) {
        YamlFields f = new YamlFields(node, "a device's outgoing server", top.problems());
        int port = f.number("port", 1, 65535).map(Long::intValue).orElse(587);
        Security security = f.choice("security", SECURITY).orElse(Security.STARTTLS);
        boolean authenticate = f.bool("authenticate", true);
        f.rejectUnknownKeys();
        return new OutgoingSpec(port, security, authenticate);
    }

    private static final Map<String, ServerSpec.AttackKind> ATTACKS = Map.of(
            "eavesdrop", ServerSpec.AttackKind.EAVESDROP, "strip-starttls", ServerSpec.AttackKind.STRIP_STARTTLS);

    private static ServerSpec server(YamlFields top, List<DeviceSpec> devices) {
        Optional<YamlNode> node = top.node("server");
        if (node.isEmpty()) return ServerSpec.DEFAULT;
        YamlFields f = new YamlFields(node.get(), "the server settings", top.problems());
        boolean plaintext = f.bool("allow_plaintext_login", false);
        List<ServerSpec.Attacker> attackers = new ArrayList<>();
        // One attacker ({device: …, does: …}) or a list of them, one per device.
        List<YamlNode> attackerNodes = f.node("attacker").filter(n -> n instanceof YamlNode.YamlMap).map(List::of)
                .orElseGet(() -> f.list("attacker"));
        for (YamlNode attackerNode : attackerNodes) {
            YamlFields a = new YamlFields(attackerNode, "the attacker", top.problems());
            String device = a.requiredText("device");
            if (!device.isEmpty() && devices.stream().noneMatch(d -> d.name().equals(device))) {
                a.problem(a.at("device"), "no device '" + device + "' in this scenario; devices: "
                        + String.join(", ", devices.stream().map(DeviceSpec::name).toList()));
            } else if (attackers.stream().anyMatch(other -> other.device().equals(device))) {
                a.problem(a.at("device"), "the path of '" + device + "' already has an attacker; give each device at most one");
            }
            ServerSpec.AttackKind kind = a.choice("does", ATTACKS).orElse(ServerSpec.AttackKind.EAVESDROP);
            if (!a.has("does")) a.problem(a.position(), "the attacker needs 'does': eavesdrop or strip-starttls");
            a.rejectUnknownKeys();
            attackers.add(new ServerSpec.Attacker(device, kind));
        }
        f.rejectUnknownKeys();
        return new ServerSpec(plaintext, attackers);
    }

    private static DeviceSettings settings(Optional<YamlNode> node, YamlFields top) {
        YamlFields f = new YamlFields(node.orElse(new YamlNode.YamlMap(top.position(), Map.of())), "a device's settings", top.problems());
        boolean leave = f.bool("leave_on_server", false);
        Optional<Integer> deleteAfter = f.number("delete_after_days", 1, 3650).map(Long::intValue);
        Optional<Integer> every = f.number("check_every_minutes", 1, 1440).map(Long::intValue);
        boolean trust = f.bool("trust_certificate", true);
        TlsPolicy policy = f.choice("tls", TLS_POLICIES).orElse(TlsPolicy.REQUIRE);
        String server = f.text("server", DeviceSettings.DEFAULT_SERVER_NAME);
        Optional<String> password = f.text("password");
        DeviceSettings.DeleteMethod delete = f.choice("delete", DELETE_METHODS).orElse(DeviceSettings.DeleteMethod.MOVE_TO_TRASH);
        f.rejectUnknownKeys();
        return new DeviceSettings(leave, deleteAfter, every, trust, policy, server, password, delete);
    }

    private static List<YamlProblem> sorted(List<YamlProblem> problems) {
        List<YamlProblem> copy = new ArrayList<>(problems);
        copy.sort((a, b) -> a.position().line() != b.position().line()
                ? Integer.compare(a.position().line(), b.position().line())
                : Integer.compare(a.position().column(), b.position().column()));
        return copy;
    }
}
