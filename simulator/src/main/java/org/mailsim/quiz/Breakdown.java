package org.mailsim.quiz;

/** How a quiz went for one objective ({@code "A+ 220-1201 2.1"}) or topic: right of total. */
public record Breakdown(String key, int right, int total) {
    public double fraction() {
        return total == 0 ? 0 : right / (double) total;
    }
}
