package io.github.govrules.calendar.deadline;

import java.util.Locale;
import java.util.Objects;

/**
 * A time limit (时限): an amount and a {@linkplain TimeLimitUnit unit}, such as the statutory
 * limit (法定办结时限) or the promised limit (承诺办结时限) of a service item.
 *
 * <p>Instances are immutable and thread-safe. The text form, produced by {@link #toString()}
 * and read by {@link #parse(CharSequence)}, is {@code "20 working days"},
 * {@code "30 natural days"} or {@code "on the spot"} (a single day is written
 * {@code "1 working day"} / {@code "1 natural day"}).
 *
 * @param amount the number of days, zero or more; always 0 for {@link TimeLimitUnit#ON_THE_SPOT}
 * @param unit   the unit in which the days are counted
 * @since 0.1.0
 */
public record TimeLimit(int amount, TimeLimitUnit unit) implements Comparable<TimeLimit> {

    private static final TimeLimit ON_THE_SPOT = new TimeLimit(0, TimeLimitUnit.ON_THE_SPOT);

    /**
     * Creates a time limit.
     *
     * @throws IllegalArgumentException if the amount is negative, or non-zero for {@code ON_THE_SPOT}
     */
    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("Time limit amount must be zero or more, but was " + amount);
        }
        if (unit == TimeLimitUnit.ON_THE_SPOT && amount != 0) {
            throw new IllegalArgumentException("An on-the-spot time limit has no amount, but was " + amount);
        }
    }

    /**
     * A limit of {@code amount} working days (工作日).
     *
     * @throws IllegalArgumentException if the amount is negative
     */
    public static TimeLimit workingDays(int amount) {
        return new TimeLimit(amount, TimeLimitUnit.WORKING_DAYS);
    }

    /**
     * A limit of {@code amount} natural days (自然日).
     *
     * @throws IllegalArgumentException if the amount is negative
     */
    public static TimeLimit naturalDays(int amount) {
        return new TimeLimit(amount, TimeLimitUnit.NATURAL_DAYS);
    }

    /** The on-the-spot limit (即办): decided on the day of acceptance. */
    public static TimeLimit onTheSpot() {
        return ON_THE_SPOT;
    }

    /** Whether this is the on-the-spot limit. */
    public boolean isOnTheSpot() {
        return unit == TimeLimitUnit.ON_THE_SPOT;
    }

    /**
     * Parses the text form written by {@link #toString()}: {@code "20 working days"},
     * {@code "1 natural day"}, {@code "on the spot"} (case-insensitive, surrounding spaces ignored).
     * The amount is written in ASCII digits {@code 0}–{@code 9} (no sign, no other script's
     * digits) and is at most {@value Integer#MAX_VALUE}: every limit's {@code toString()} parses
     * back to an equal limit.
     *
     * @throws IllegalArgumentException naming the text when it is not of that form, or its amount
     *                                  is larger than {@value Integer#MAX_VALUE}
     */
    public static TimeLimit parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (s.equals("on the spot")) {
            return ON_THE_SPOT;
        }
        int space = s.indexOf(' ');
        if (space > 0) {
            String number = s.substring(0, space);
            String unitText = s.substring(space + 1);
            if (number.chars().allMatch(c -> c >= '0' && c <= '9')) {
                int amount;
                try {
                    amount = Integer.parseInt(number);
                } catch (NumberFormatException tooLarge) {
                    throw new IllegalArgumentException("Cannot parse time limit '" + text + "': the amount " + number
                            + " is larger than " + Integer.MAX_VALUE, tooLarge);
                }
                switch (unitText) {
                    case "working days", "working day" -> {
                        return workingDays(amount);
                    }
                    case "natural days", "natural day" -> {
                        return naturalDays(amount);
                    }
                    default -> {
                        // falls through to the error below
                    }
                }
            }
        }
        throw new IllegalArgumentException("Cannot parse time limit '" + text
                + "': expected '<n> working days', '<n> natural days' or 'on the spot'");
    }

    /**
     * Compares limits of the same unit by amount; on-the-spot is shorter than any other limit.
     *
     * @throws IllegalArgumentException when one limit is in working days and the other in
     *                                  natural days: they cannot be compared without a date
     */
    @Override
    public int compareTo(TimeLimit other) {
        if (unit == other.unit) {
            return Integer.compare(amount, other.amount);
        }
        if (isOnTheSpot()) {
            return -1;
        }
        if (other.isOnTheSpot()) {
            return 1;
        }
        throw new IllegalArgumentException("Cannot compare " + this + " with " + other
                + " without a start date: the units differ");
    }

    /** The text form, e.g. {@code "20 working days"}, read back by {@link #parse(CharSequence)}. */
    @Override
    public String toString() {
        return switch (unit) {
            case ON_THE_SPOT -> "on the spot";
            case WORKING_DAYS -> amount + (amount == 1 ? " working day" : " working days");
            case NATURAL_DAYS -> amount + (amount == 1 ? " natural day" : " natural days");
        };
    }
}
