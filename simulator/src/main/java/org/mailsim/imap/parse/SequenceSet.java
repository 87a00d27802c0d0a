package org.mailsim.imap.parse;

import java.util.List;

/**
 * A sequence set (RFC 3501 §9 "sequence-set"): ranges of message sequence numbers or UIDs,
 * such as {@code 1:3,7,9:*}. {@code *} is kept as {@link #STAR} until the set is resolved
 * against a mailbox, because it means "the largest number in use" at that moment.
 *
 * @param ranges the ranges in the order the client wrote them
 */
public record SequenceSet(List<Range> ranges) {

    /** Stands for {@code *}. */
    public static final long STAR = -1;

    /** {@code a:b} or a single number (a == b); either end may be {@link #STAR}; {@code 4:2} is {@code 2:4}. */
    public record Range(long first, long last) {
        public Range {
            if (first == 0 || last == 0 || first < STAR || last < STAR) {
                throw new ParseException("Invalid sequence set: numbers start at 1");
            }
        }

        /** The range with {@code *} replaced by {@code largest}, low end first (RFC 3501 §9: 4:2 = 2:4). */
        public long[] bounds(long largest) {
            long a = first == STAR ? largest : first;
            long b = last == STAR ? largest : last;
            return new long[] {Math.min(a, b), Math.max(a, b)};
        }
    }

    public SequenceSet {
        ranges = List.copyOf(ranges);
        if (ranges.isEmpty()) throw new ParseException("Empty sequence set");
    }

    /** True when {@code n} is in the set, {@code *} meaning {@code largest}. */
    public boolean contains(long n, long largest) {
        for (Range r : ranges) {
            long[] b = r.bounds(largest);
            if (n >= b[0] && n <= b[1]) return true;
        }
        return false;
    }
}
