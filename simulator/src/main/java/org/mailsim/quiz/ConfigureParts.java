package org.mailsim.quiz;

import java.util.List;
import java.util.Optional;

import org.mailsim.net.Security;
import org.mailsim.yaml.YamlFields;
import org.mailsim.yaml.YamlNode;

/**
 * Reads a configure task's {@code situation:}, its model {@code answer:} and {@code why:}:
 * <pre>
 * situation: {devices: [phone, laptop], require_encryption: true, keep_in_sync: true, send: true}
 * answer:
 *   incoming: {type: imap, server: mail.mailsim.test, port: 993, security: tls}
 *   outgoing: {server: mail.mailsim.test, port: 587, security: starttls, auth: true}
 * why: IMAP keeps the mail on the server for both devices; 993 is IMAP over TLS …
 * </pre>
 */
record ConfigureParts(Situation situation, MailClientSettings answer, String why) {
    static final int MAX_DEVICES = 3;

    static ConfigureParts read(YamlFields task, String what) {
        Situation situation = situation(task, what);
        MailClientSettings answer = settings(task, what, situation.server());

        String why = QuestionParts.why(task, what, "why the model answer works, in plain words");
        return new ConfigureParts(situation, answer, why);
    }

    private static Situation situation(YamlFields task, String what) {
        Optional<YamlNode> node = task.node("situation");
        if (node.isEmpty()) task.problem(task.position(), what + " needs 'situation': {devices: [phone, laptop], require_encryption: true, send: true}");
        YamlFields f = new YamlFields(node.orElse(new YamlNode.YamlMap(task.position(), java.util.Map.of())), "'situation'", task.problems());
        List<String> devices = f.texts("devices");
        if (node.isPresent() && (devices.isEmpty() || devices.size() > MAX_DEVICES)) {
            f.problem(f.at("devices"), "'devices' should name 1 to " + MAX_DEVICES + " devices, like [phone, laptop]");
        }
        if (devices.stream().distinct().count() < devices.size()) f.problem(f.at("devices"), "'devices' names a device twice");
        for (String d : devices) {
            if (!d.matches("[a-z][a-z0-9-]*")) f.problem(f.at("devices"), "a device name is a lower-case word like phone, not '" + d + "'");
        }
        boolean encryption = f.bool("require_encryption", true);
        boolean sync = f.bool("keep_in_sync", false);
        if (sync && devices.size() < 2) f.problem(f.at("keep_in_sync"), "'keep_in_sync' needs two or more devices");
        boolean send = f.bool("send", false);
        f.rejectUnknownKeys();
        return new Situation(devices.isEmpty() ? List.of("phone") : devices, encryption, sync, send);
    }

    private static MailClientSettings settings(YamlFields task, String what, String server) {
        Optional<YamlNode> node = task.node("answer");
        if (node.isEmpty()) task.problem(task.position(), what + " needs 'answer': the settings that work, under incoming: and outgoing:");
        YamlFields f = new YamlFields(node.orElse(new YamlNode.YamlMap(task.position(), java.util.Map.of())), "'answer'", task.problems());
        YamlFields in = part(f, "incoming", node.isPresent());
        YamlFields out = part(f, "outgoing", node.isPresent());
        String type = in.choice("type", java.util.Map.of("imap", "imap", "pop3", "pop3")).orElse("imap");
        String inServer = in.text("server", server).strip();
        int inPort = in.number("port", 1, 65535).map(Long::intValue).orElse(993);
        Security inSecurity = security(in);
        boolean leave = in.bool("leave_on_server", false);
        String outServer = out.text("server", server).strip();
        int outPort = out.number("port", 1, 65535).map(Long::intValue).orElse(587);
        Security outSecurity = security(out);
        boolean auth = out.bool("auth", true);
        for (YamlFields part : List.of(in, out)) {
            if (!part.has("port")) part.problem(part.position(), "the model answer needs 'port'");
            part.rejectUnknownKeys();
        }
        if (!in.has("type")) in.problem(in.position(), "the model answer needs 'type': imap or pop3");
        f.rejectUnknownKeys();
        return new MailClientSettings(type, inServer.isEmpty() ? server : inServer, inPort, inSecurity, leave,
                outServer.isEmpty() ? server : outServer, outPort, outSecurity, auth);
    }

    private static YamlFields part(YamlFields answer, String key, boolean report) {
        Optional<YamlNode> node = answer.node(key);
        if (node.isEmpty() && report) answer.problem(answer.position(), "'answer' needs '" + key + "'");
        return new YamlFields(node.orElse(new YamlNode.YamlMap(answer.position(), java.util.Map.of())), "'answer' " + key, answer.problems());
    }

    private static Security security(YamlFields f) {
        if (!f.has("security")) {
            f.problem(f.position(), "the model answer needs 'security': none, starttls or tls");
            return Security.NONE;
        }
        Optional<String> word = f.text("security");
        Optional<Security> security = word.flatMap(MailClientSettings::security);
        if (word.isPresent() && security.isEmpty()) {
            f.problem(f.at("security"), "'security' should be none, starttls or tls (SSL/TLS), not '" + word.get() + "'");
        }
        return security.orElse(Security.NONE);
    }
}
