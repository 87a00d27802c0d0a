package org.mailsim.scenario;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The CompTIA exams whose objectives scenarios and questions are mapped to. */
public enum Exam {
    A_PLUS_CORE1_1201("A+ 220-1201", "CompTIA A+ Core 1 (220-1201)", true),
    A_PLUS_CORE2_1202("A+ 220-1202", "CompTIA A+ Core 2 (220-1202)", true),
    NETWORK_PLUS_N10_009("N10-009", "CompTIA Network+ (N10-009)", true),
    SECURITY_PLUS_SY0_701("SY0-701", "CompTIA Security+ (SY0-701)", true),
    A_PLUS_CORE1_1101("A+ 220-1101", "CompTIA A+ Core 1 (220-1101, retired 2025)", false),
    A_PLUS_CORE2_1102("A+ 220-1102", "CompTIA A+ Core 2 (220-1102, retired 2025)", false);

    private final String code;
    private final String title;
    private final boolean current;

    Exam(String code, String title, boolean current) {
        this.code = code;
        this.title = title;
        this.current = current;
    }

    /** How files write it: {@code A+ 220-1201}, {@code N10-009}. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** False for retired exams, still listed where a lesson comes from them. */
    public boolean current() {
        return current;
    }

    /** Every accepted spelling, lower case: "a+ 220-1201", "220-1201", "n10-009", "network+ n10-009", … */
    public static Map<String, Exam> spellings() {
        Map<String, Exam> all = new LinkedHashMap<>();
        for (Exam exam : values()) {
            String lower = exam.code.toLowerCase(Locale.ROOT);
            all.put(lower, exam);
            all.put(lower.replace("a+ ", ""), exam);
        }
        all.put("network+ n10-009", NETWORK_PLUS_N10_009);
        all.put("security+ sy0-701", SECURITY_PLUS_SY0_701);
        return all;
    }
}
