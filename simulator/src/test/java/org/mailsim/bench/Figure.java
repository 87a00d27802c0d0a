package org.mailsim.bench;

/**
 * One measured figure, a row of a benchmark's table.
 *
 * @param label     what was measured ("20 clients, round 2: sessions/s")
 * @param value     the measurement
 * @param unit      its unit ("ms", "KB", "msg/s")
 * @param goal      the goal the issue sets for mailsim ("< 200 ms"), or "" when there is none
 * @param decimals  how many decimals to print
 */
record Figure(String label, double value, String unit, String goal, int decimals) {
    /** The issues' goal for IMAP mixed-load, POP3 download and SMTP submission throughput. */
    static final String TWICE_GREENMAIL = "≥ 2× GreenMail";
    /** The goal of a latency where the issues set no number: at most GreenMail's. */
    static final String AT_MOST_GREENMAIL = "≤ GreenMail";

    Figure {
        if (label.isBlank()) throw new IllegalArgumentException("a figure needs a label");
        if (decimals < 0 || decimals > 3) throw new IllegalArgumentException("decimals must be 0..3");
    }

    static Figure of(String label, double value, String unit, int decimals) {
        return new Figure(label, value, unit, "", decimals);
    }

    String formatted() {
        return String.format(java.util.Locale.ROOT, "%,." + decimals + "f", value);
    }
}
