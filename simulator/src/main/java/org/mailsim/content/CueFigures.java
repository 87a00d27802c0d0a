package org.mailsim.content;

/**
 * How often a bank's correct answer can be spotted by its length alone, over its choice and
 * transcript questions (the same definition as {@code shared/tools/content-cues.py}).
 *
 * @param questions  choice and transcript questions with options
 * @param longest    questions whose every correct option is longer than every wrong one
 * @param muchLonger questions whose longest correct option is more than 1.3 times the longest wrong one
 */
public record CueFigures(int questions, int longest, int muchLonger) {
    /** At most this share of questions may have the correct option strictly longest (four options, no cue: about 25 %). */
    public static final double MAX_LONGEST_PERCENT = 30;
    /** At most this share may have it more than {@link AnswerCues#MUCH_LONGER} times the longest wrong one. */
    public static final double MAX_MUCH_LONGER_PERCENT = 10;
    /** Below this many questions a share says little (one question is 0 % or 100 %): the limits apply from here on. */
    public static final int MIN_QUESTIONS = 10;

    public double longestPercent() {
        return percent(longest);
    }

    public double muchLongerPercent() {
        return percent(muchLonger);
    }

    /** True when both figures are within their limits, or there are too few questions to hold them to it. */
    public boolean withinLimits() {
        return questions < MIN_QUESTIONS || longestPercent() <= MAX_LONGEST_PERCENT && muchLongerPercent() <= MAX_MUCH_LONGER_PERCENT;
    }

    private double percent(int n) {
        return questions == 0 ? 0 : 100.0 * n / questions;
    }

    /** {@code correct option strictly longest in 87 of 116 (75 %, limit 30 %); more than 1.3x the longest wrong one in 77 (66 %, limit 10 %)}. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "answer-length cues over %d choice and transcript questions: correct option strictly longest in %d (%.0f %%, limit %.0f %%); "
                        + "more than 1.3x the longest wrong one in %d (%.0f %%, limit %.0f %%)",
                questions, longest, longestPercent(), MAX_LONGEST_PERCENT, muchLonger, muchLongerPercent(), MAX_MUCH_LONGER_PERCENT)
                + (questions < MIN_QUESTIONS ? " (the limits apply from " + MIN_QUESTIONS + " questions on)" : "");
    }
}
