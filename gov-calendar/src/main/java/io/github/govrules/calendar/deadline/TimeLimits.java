package io.github.govrules.calendar.deadline;

import java.util.Objects;

/**
 * The pair of limits a service item publishes: the statutory limit (法定办结时限) and the
 * promised limit (承诺办结时限), which is never longer.
 *
 * <p>Limits in the same unit (or an on-the-spot limit) are compared here; a working-day
 * statutory limit with a natural-day promised limit (or the reverse) cannot be compared
 * without a start date, so {@link CaseClock#start} compares their due dates instead.
 * "Longer" means due later: a limit of 0 days is due on the start day like an on-the-spot
 * limit, so it is not longer than one ({@code of(onTheSpot(), workingDays(0))} is a valid pair),
 * although {@link TimeLimit#compareTo} orders on-the-spot before it.
 * Immutable and thread-safe.
 *
 * @param statutory the statutory limit
 * @param promised  the promised limit
 * @since 0.1.0
 */
public record TimeLimits(TimeLimit statutory, TimeLimit promised) {

    /**
     * Creates the pair.
     *
     * @throws PromisedLimitExceedsStatutoryException naming both limits when the promised one is longer
     */
    public TimeLimits {
        Objects.requireNonNull(statutory, "statutory");
        Objects.requireNonNull(promised, "promised");
        if (longer(promised, statutory)) {
            throw new PromisedLimitExceedsStatutoryException(statutory, promised);
        }
    }

    /**
     * The pair {@code statutory} / {@code promised}.
     *
     * @throws PromisedLimitExceedsStatutoryException naming both limits when the promised one is longer
     */
    public static TimeLimits of(TimeLimit statutory, TimeLimit promised) {
        return new TimeLimits(statutory, promised);
    }

    /**
     * Parses both limits from their text forms, e.g. {@code of("20 working days", "10 working days")}.
     *
     * @throws IllegalArgumentException naming the text that is not a time limit
     * @throws PromisedLimitExceedsStatutoryException naming both limits when the promised one is longer
     */
    public static TimeLimits parse(CharSequence statutory, CharSequence promised) {
        return new TimeLimits(TimeLimit.parse(statutory), TimeLimit.parse(promised));
    }

    /** A pair whose promised limit equals the statutory one. */
    public static TimeLimits same(TimeLimit limit) {
        return new TimeLimits(limit, limit);
    }

    static boolean comparable(TimeLimit a, TimeLimit b) {
        return a.unit() == b.unit() || a.isOnTheSpot() || b.isOnTheSpot();
    }

    /**
     * Whether {@code a} is due later than {@code b} from every start day, for comparable limits:
     * by {@link TimeLimit#compareTo}, except that a limit of 0 days, due on the start day, is not
     * longer than an on-the-spot one. False for limits that cannot be compared without a date.
     */
    static boolean longer(TimeLimit a, TimeLimit b) {
        if (!comparable(a, b)) {
            return false;
        }
        if (b.isOnTheSpot()) {
            return a.amount() > 0;
        }
        return a.compareTo(b) > 0;
    }
}
