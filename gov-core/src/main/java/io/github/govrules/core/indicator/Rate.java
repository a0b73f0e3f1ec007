package io.github.govrules.core.indicator;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A ratio of two counts, kept as counts so that reports can be summed and audited: for example
 * 155,400 immediate cases of 314,669 completed (49.4%).
 *
 * @param numerator   the count on top, 0 or more
 * @param denominator the count below, 0 or more; 0 makes the rate undefined
 * @since 0.1.0
 */
public record Rate(long numerator, long denominator) {

    /**
     * Creates a rate.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public Rate {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("a rate needs counts of zero or more, but was " + numerator + "/" + denominator);
        }
    }

    /** The ratio, or empty when the denominator is 0. */
    public OptionalDouble value() {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }

    /** E.g. {@code "3/4 (75.0%)"}, or {@code "0/0 (n/a)"}. */
    @Override
    public String toString() {
        return numerator + "/" + denominator + " (" + (denominator == 0 ? "n/a"
                : String.format(Locale.ROOT, "%.1f%%", 100.0 * numerator / denominator)) + ")";
    }
}
