package org.mailsim.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mailsim.net.ExamPortName;
import org.mailsim.net.ServicePort;
import org.mailsim.scenario.Exam;
import org.mailsim.yaml.Position;
import org.mailsim.yaml.YamlFields;
import org.mailsim.yaml.YamlNode;
import org.mailsim.yaml.YamlProblem;

/**
 * Port facts in question files, checked against the one port table ({@link ServicePort}, and the
 * exams' own names beside it, {@link ExamPortName}), and the rule that a question mentioning a
 * mail port number lists the facts it relies on.
 */
final class PortFacts {
    /** A mail port number standing alone: not part of 2.25, RFC 3501 §25 or 1143. */
    private static final Pattern MAIL_PORT = Pattern.compile("(?<![\\w.§-])(25|110|143|465|587|993|995)(?![\\w]|\\.\\d)");

    private PortFacts() { }

    /** Reads a list of port facts under {@code key}. */
    static List<PortFact> read(YamlFields f, String key) {
        List<PortFact> facts = new ArrayList<>();
        for (YamlNode node : f.list(key)) {
            YamlFields p = new YamlFields(node, "a port fact", f.problems());
            fact(p).ifPresent(facts::add);
            p.rejectUnknownKeys();
        }
        return facts;
    }

    /**
     * Reads {@code port:} with {@code service:} or {@code exam:}+{@code name:} from a mapping
     * (a port fact, or a matching pair that carries one); empty when the mapping has no {@code port}.
     */
    static Optional<PortFact> fact(YamlFields p) {
        if (!p.has("port")) {
            if (p.has("service") || p.has("name")) p.problem(p.position(), "a port fact needs 'port'");
            return Optional.empty();
        }
        Optional<Long> number = p.number("port", 1, 65535);
        Optional<String> service = p.text("service");
        Optional<Exam> exam = p.choice("exam", Exam.spellings());
        Optional<String> name = p.text("name");
        if (number.isEmpty()) return Optional.empty();
        int port = number.get().intValue();
        if (service.isPresent() == (p.has("exam") || name.isPresent())) {
            p.problem(p.position(), "a port fact names either 'service' (" + serviceNames() + ") or an exam's own 'exam' and 'name'");
            return Optional.empty();
        }
        if (service.isPresent()) {
            Optional<ServicePort> row = serviceByName(service.get());
            if (row.isEmpty()) {
                p.problem(p.at("service"), "'" + service.get() + "' is not a name in the port table (" + serviceNames()
                        + "); for an exam's own name write exam: and name:");
            } else if (row.get().port() != port) {
                p.problem(p.at("port"), "the port table gives " + row.get().name() + " port " + row.get().port() + ", not " + port);
            }
            return Optional.of(new PortFact(port, service.get().trim(), Optional.empty()));
        }
        if (exam.isEmpty()) {
            if (!p.has("exam")) p.problem(p.position(), "a port fact with 'name' needs 'exam': whose name it is");
            return Optional.empty();
        }
        String examName = name.orElse("");
        if (examName.isBlank()) {
            p.problem(p.position(), "a port fact with 'exam' needs 'name': what " + exam.get().code() + " calls the port");
            return Optional.empty();
        }
        Optional<ExamPortName> row = ExamPortName.find(exam.get().code(), examName);
        if (row.isEmpty()) {
            p.problem(p.at("name"), exam.get().code() + " has no port called '" + examName + "' in the port table"
                    + examNames(exam.get()));
        } else if (row.get().port() != port) {
            p.problem(p.at("port"), exam.get().code() + " gives " + row.get().examName() + " port " + row.get().port() + ", not " + port);
        }
        return Optional.of(new PortFact(port, examName.trim(), exam));
    }

    /** The table row for a service name: the {@link ServicePort} name or its IANA name, without case. */
    static Optional<ServicePort> serviceByName(String name) {
        return Arrays.stream(ServicePort.values())
                .filter(s -> s.name().equalsIgnoreCase(name.trim()) || s.ianaName().equalsIgnoreCase(name.trim())).findFirst();
    }

    /** Every mail port number written in the texts. */
    static Set<Integer> mentioned(List<String> texts) {
        Set<Integer> ports = new TreeSet<>();
        for (String text : texts) {
            Matcher m = MAIL_PORT.matcher(text);
            while (m.find()) ports.add(Integer.parseInt(m.group(1)));
        }
        return ports;
    }

    /** Reports each mail port number the texts mention that {@code facts} do not list. */
    static void checkMentioned(List<String> texts, List<PortFact> facts, Position at, List<YamlProblem> problems) {
        Set<Integer> listed = new TreeSet<>();
        for (PortFact fact : facts) listed.add(fact.port());
        for (int port : mentioned(texts)) {
            if (!listed.contains(port)) {
                problems.add(new YamlProblem(at, "the question mentions port " + port + " but 'ports' does not list it; add {port: " + port
                        + ", service: " + ServicePort.byPort(port).map(ServicePort::name).orElse("?") + "}"));
            }
        }
    }

    private static String serviceNames() {
        return String.join(", ", Arrays.stream(ServicePort.values()).map(ServicePort::name).toList());
    }

    private static String examNames(Exam exam) {
        List<String> names = ExamPortName.of(exam.code()).stream().map(n -> n.examName() + " " + n.port()).toList();
        return names.isEmpty() ? "; it names no mail ports" : "; it names " + String.join(", ", names);
    }
}
