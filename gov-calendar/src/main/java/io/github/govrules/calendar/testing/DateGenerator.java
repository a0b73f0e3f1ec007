package io.github.govrules.calendar.testing;

import io.github.govrules.calendar.DayKind;
import io.github.govrules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Random dates within a calendar's coverage, narrowed fluently: to a range, to working or
 * non-working days, to days of given {@linkplain DayKind kinds}. Obtain one from
 * {@link CalendarGenerators#dates(WorkingDayCalendar)}.
 *
 * <pre>{@code
 * DateGenerator makeupDays = CalendarGenerators.dates(cn).ofKind(DayKind.MAKEUP_WORKING_DAY);
 * LocalDate d = makeupDays.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).next(random);
 * }</pre>
 *
 * <p>Every date is drawn uniformly among the dates that qualify. Instances are immutable and
 * thread-safe; each fluent call returns a new generator.
 *
 * @since 0.1.0
 */
public final class DateGenerator implements Generator<LocalDate> {

    private final WorkingDayCalendar calendar;
    private final LocalDate startInclusive;
    private final LocalDate endInclusive;
    private final Set<DayKind> kinds;
    /** The qualifying dates as epoch days, computed once. */
    private final long[] candidates;

    DateGenerator(WorkingDayCalendar calendar, LocalDate startInclusive, LocalDate endInclusive, Set<DayKind> kinds) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.startInclusive = startInclusive;
        this.endInclusive = endInclusive;
        this.kinds = kinds.isEmpty() ? EnumSet.noneOf(DayKind.class) : EnumSet.copyOf(kinds);
        if (endInclusive.isBefore(startInclusive)) {
            throw new IllegalArgumentException("Date range " + startInclusive + " to " + endInclusive + " is empty");
        }
        long[] all = new long[(int) (endInclusive.toEpochDay() - startInclusive.toEpochDay() + 1)];
        int n = 0;
        for (LocalDate d = startInclusive; !d.isAfter(endInclusive); d = d.plusDays(1)) {
            if (this.kinds.contains(calendar.describe(d).kind())) {
                all[n++] = d.toEpochDay();
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("No date of kind " + this.kinds + " between " + startInclusive
                    + " and " + endInclusive + " in calendar " + calendar.id());
        }
        this.candidates = java.util.Arrays.copyOf(all, n);
    }

    /**
     * The same generator narrowed to dates from start to end, both inclusive: the dates it draws
     * lie in this generator's range and in the given one (so {@code between} after
     * {@code between} or {@link #inYears} keeps the overlap of both ranges).
     *
     * @throws io.github.govrules.calendar.DateOutOfCoverageException if a bound is not covered
     * @throws IllegalArgumentException if the range is empty, does not overlap this generator's range,
     *                                  or no date in the overlap qualifies
     */
    public DateGenerator between(LocalDate startInclusive, LocalDate endInclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        calendar.isWorkingDay(startInclusive); // throws if not covered
        calendar.isWorkingDay(endInclusive);
        if (endInclusive.isBefore(startInclusive)) {
            throw new IllegalArgumentException("Date range " + startInclusive + " to " + endInclusive + " is empty");
        }
        LocalDate from = startInclusive.isAfter(this.startInclusive) ? startInclusive : this.startInclusive;
        LocalDate to = endInclusive.isBefore(this.endInclusive) ? endInclusive : this.endInclusive;
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Date range " + startInclusive + " to " + endInclusive
                    + " does not overlap this generator's range " + this.startInclusive + " to " + this.endInclusive);
        }
        return new DateGenerator(calendar, from, to, kinds);
    }

    /**
     * The same generator narrowed to the given years, both inclusive, as {@link #between}.
     *
     * @throws IllegalArgumentException as {@link #between}
     */
    public DateGenerator inYears(int firstYear, int lastYear) {
        return between(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    /** The same generator limited to working days (ordinary and makeup). */
    public DateGenerator workingDays() {
        return ofKind(DayKind.WORKING_DAY, DayKind.MAKEUP_WORKING_DAY);
    }

    /** The same generator limited to non-working days (weekends and holidays). */
    public DateGenerator nonWorkingDays() {
        return ofKind(DayKind.WEEKEND, DayKind.HOLIDAY);
    }

    /**
     * The same generator limited to days of the given kinds.
     *
     * @throws IllegalArgumentException if no date qualifies
     */
    public DateGenerator ofKind(DayKind first, DayKind... more) {
        return new DateGenerator(calendar, startInclusive, endInclusive, EnumSet.of(first, more));
    }

    /** The number of dates that qualify. */
    public int size() {
        return candidates.length;
    }

    @Override
    public LocalDate next(RandomGenerator random) {
        return LocalDate.ofEpochDay(candidates[random.nextInt(candidates.length)]);
    }

    @Override
    public String toString() {
        return "dates of " + calendar.id() + " " + kinds + " from " + startInclusive + " to " + endInclusive;
    }
}
