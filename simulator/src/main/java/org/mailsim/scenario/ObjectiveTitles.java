package org.mailsim.scenario;

import static org.mailsim.scenario.Exam.A_PLUS_CORE1_1201;
import static org.mailsim.scenario.Exam.A_PLUS_CORE2_1202;
import static org.mailsim.scenario.Exam.NETWORK_PLUS_N10_009;
import static org.mailsim.scenario.Exam.SECURITY_PLUS_SY0_701;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The objectives of the current exams that mail content is mapped to, with their titles as
 * CompTIA publishes them, so the quiz picker and the pages can show "N10-009 1.4 Explain common
 * networking ports, protocols, services, and traffic types" rather than a bare number.
 *
 * <p>Only objectives that touch mail are listed; a question mapped to another number is reported
 * so that a typo ("2.10" for "2.1") or a retired exam's numbering (220-1102 3.2 is 220-1202 3.4) is
 * caught. Sources: the numbers and titles agree across the public transcriptions of the official
 * objectives consulted (/work/shared/reference/exam-objectives.md, rows tagged [S]); the official
 * PDFs were not available offline. Add an objective here, with its title, before mapping to it.
 */
public final class ObjectiveTitles {
    private static final Map<String, String> TITLES = new LinkedHashMap<>();

    static {
        put(A_PLUS_CORE1_1201, "1.3", "Given a scenario, configure basic mobile-device network connectivity and application support");
        put(A_PLUS_CORE1_1201, "2.1", "Compare and contrast Transmission Control Protocol (TCP) and User Datagram Protocol (UDP) ports, protocols, and their purposes");
        put(A_PLUS_CORE2_1202, "1.11", "Given a scenario, install and configure cloud-based productivity tools");
        put(A_PLUS_CORE2_1202, "2.5", "Compare and contrast common social-engineering attacks, threats, and vulnerabilities");
        put(A_PLUS_CORE2_1202, "3.2", "Given a scenario, troubleshoot common mobile OS and application issues");
        put(A_PLUS_CORE2_1202, "3.3", "Given a scenario, troubleshoot common mobile OS and application security issues");
        put(A_PLUS_CORE2_1202, "3.4", "Given a scenario, troubleshoot common personal computer (PC) security issues");
        put(NETWORK_PLUS_N10_009, "1.4", "Explain common networking ports, protocols, services, and traffic types");
        put(NETWORK_PLUS_N10_009, "3.4", "Given a scenario, implement IPv4 and IPv6 network services");
        put(NETWORK_PLUS_N10_009, "4.1", "Explain the importance of basic network security concepts");
        put(NETWORK_PLUS_N10_009, "5.1", "Explain the troubleshooting methodology");
        put(SECURITY_PLUS_SY0_701, "1.4", "Explain the importance of using appropriate cryptographic solutions");
        put(SECURITY_PLUS_SY0_701, "2.2", "Explain common threat vectors and attack surfaces");
        put(SECURITY_PLUS_SY0_701, "2.4", "Given a scenario, analyze indicators of malicious activity");
        put(SECURITY_PLUS_SY0_701, "4.5", "Given a scenario, modify enterprise capabilities to enhance security");
        put(SECURITY_PLUS_SY0_701, "5.6", "Given a scenario, implement security awareness practices");
    }

    private ObjectiveTitles() { }

    private static void put(Exam exam, String number, String title) {
        TITLES.put(key(exam, number), title);
    }

    private static String key(Exam exam, String number) {
        return exam.code() + " " + number;
    }

    /** The objective's published title, when it is one of the listed objectives of a current exam. */
    public static Optional<String> title(Exam exam, String number) {
        return Optional.ofNullable(TITLES.get(key(exam, number)));
    }

    /** The listed objective numbers of an exam, in order: "1.3, 2.1". */
    public static String numbers(Exam exam) {
        return TITLES.keySet().stream().filter(k -> k.startsWith(exam.code() + " "))
                .map(k -> k.substring(exam.code().length() + 1)).collect(Collectors.joining(", "));
    }
}
