package io.github.govrules.calendar;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An answer of a {@link ProvisionalCalendar}: a value, and whether it is exact or
 * provisional. An answer is <em>provisional</em> when it depends on a date the calendar has no
 * data for, which was answered by its statutory holidays (or, beyond the lunar table, weekends only) or, for a regional
 * overlay, by its base calendar's days where the base has data; the
 * {@link #provisionalYears()} name those years. Such an answer may change when the notice for
 * that year is published: show it as provisional (预估), never as final.
 *
 * <p>Use {@link #exactValue()} where only an exact answer will do, {@link #value()} where a
 * provisional one is acceptable and its status is shown.
 *
 * @param <T>              the type of the value
 * @param value            the value
 * @param calendarId       the calendar that answered
 * @param provisionalYears the uncovered years whose days the answer guessed (their statutory holidays, weekends only, or
 *                         for a regional overlay its base calendar's days), in ascending order;
 *                         empty for an exact answer
 * @since 0.1.0
 */
public record CalendarAnswer<T>(T value, CalendarId calendarId, List<Year> provisionalYears) {

    /** Creates an answer; the years are sorted and de-duplicated. */
    public CalendarAnswer {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(provisionalYears, "provisionalYears");
        // sort and de-duplicate; an exact answer (no years) or one year needs no TreeSet
        provisionalYears = provisionalYears.size() <= 1 ? List.copyOf(provisionalYears)
                : List.copyOf(new TreeSet<>(provisionalYears));
    }

    /** An exact answer: it depends only on covered dates. */
    public static <T> CalendarAnswer<T> exact(T value, CalendarId calendarId) {
        return new CalendarAnswer<>(value, calendarId, List.of());
    }

    /** A provisional answer that guessed the days of the given uncovered years. */
    public static <T> CalendarAnswer<T> provisional(T value, CalendarId calendarId, List<Year> provisionalYears) {
        if (provisionalYears.isEmpty()) {
            throw new IllegalArgumentException("A provisional answer must name the years it assumed");
        }
        return new CalendarAnswer<>(value, calendarId, provisionalYears);
    }

    /** Whether the answer depends only on dates the calendar has data for. */
    public boolean isExact() {
        return provisionalYears.isEmpty();
    }

    /** Whether the answer guessed the days of at least one uncovered year. */
    public boolean isProvisional() {
        return !provisionalYears.isEmpty();
    }

    /**
     * The value if the answer is exact.
     *
     * @throws IllegalStateException if the answer is provisional, naming the assumed years
     */
    public T exactValue() {
        if (isProvisional()) {
            throw new IllegalStateException("Answer " + value + " of calendar " + calendarId
                    + " is provisional: the calendar has no data for " + provisionalYears
                    + ", whose days it guessed (their statutory holidays or weekends only, or for a regional overlay its base calendar's days)");
        }
        return value;
    }

    /** The same status with a transformed value. */
    public <R> CalendarAnswer<R> map(Function<? super T, ? extends R> mapper) {
        return new CalendarAnswer<>(mapper.apply(value), calendarId, provisionalYears);
    }

    /**
     * Combines two answers: the value is computed from both, and the result is provisional
     * if either is, with the years of both.
     */
    public <U, R> CalendarAnswer<R> combine(CalendarAnswer<U> other,
                                            BiFunction<? super T, ? super U, ? extends R> combiner) {
        TreeSet<Year> years = new TreeSet<>(provisionalYears);
        years.addAll(other.provisionalYears);
        return new CalendarAnswer<>(combiner.apply(value, other.value), calendarId, List.copyOf(years));
    }

    /**
     * The value, followed by {@code " (provisional: no data for [2027])"} when provisional (the
     * days of those years were guessed: statutory holidays or weekends only, or for a regional overlay its base
     * calendar's days).
     */
    @Override
    public String toString() {
        return isExact() ? String.valueOf(value)
                : value + " (provisional: no data for " + provisionalYears + ")";
    }
}
