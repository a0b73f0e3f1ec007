package io.github.govrules.calendar.testing;

import io.github.govrules.calendar.DayKind;
import io.github.govrules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;

/**
 * Generators of random calendar inputs for test teams, framework-neutral (built on
 * {@link java.util.random.RandomGenerator}): dates within a calendar's coverage, working and
 * non-working days, holidays and makeup days, spans of dates, and working-day shifts that stay
 * within the coverage.
 *
 * <pre>{@code
 * WorkingDayCalendar cn = Calendars.cn();
 * RandomGenerator random = new SplittableRandom(42);
 * LocalDate anyDay = CalendarGenerators.dates(cn).next(random);
 * LocalDate makeup = CalendarGenerators.dates(cn).ofKind(DayKind.MAKEUP_WORKING_DAY).next(random);
 * DateSpan span = CalendarGenerators.spans(cn, 366).next(random);
 * ShiftCase shift = CalendarGenerators.shifts(cn, 60).next(random);
 * }</pre>
 *
 * <p>With QuickTheories: {@code Gen<LocalDate> g = prng -> gen.next(new SplittableRandom(prng.next(...)))};
 * with jqwik: {@code Arbitraries.randomValue(r -> gen.next(RandomGenerator.of...))}; with plain
 * JUnit: a loop over a seeded {@code SplittableRandom}.
 *
 * @since 0.1.0
 */
public final class CalendarGenerators {

    private CalendarGenerators() {
    }

    /** Any date within the calendar's coverage, uniformly. */
    public static DateGenerator dates(WorkingDayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return new DateGenerator(calendar, calendar.coverageStart(), calendar.coverageEnd(), EnumSet.allOf(DayKind.class));
    }

    /** Any working day (ordinary or makeup) within the coverage. */
    public static DateGenerator workingDays(WorkingDayCalendar calendar) {
        return dates(calendar).workingDays();
    }

    /** Any non-working day (weekend or holiday) within the coverage. */
    public static DateGenerator nonWorkingDays(WorkingDayCalendar calendar) {
        return dates(calendar).nonWorkingDays();
    }

    /** Any day declared off by a notice within the coverage. */
    public static DateGenerator holidays(WorkingDayCalendar calendar) {
        return dates(calendar).ofKind(DayKind.HOLIDAY);
    }

    /** Any makeup working day (调休上班) within the coverage. */
    public static DateGenerator makeupWorkingDays(WorkingDayCalendar calendar) {
        return dates(calendar).ofKind(DayKind.MAKEUP_WORKING_DAY);
    }

    /**
     * Two covered dates at most {@code maxDays} apart, start ≤ end. Spans of every length from 0
     * to {@code maxDays}, or to the length of the coverage if that is shorter, are equally likely,
     * so short spans are not rare. Any {@code maxDays} up to {@link Integer#MAX_VALUE} is allowed.
     *
     * @throws IllegalArgumentException if maxDays is negative
     */
    public static Generator<DateSpan> spans(WorkingDayCalendar calendar, int maxDays) {
        Objects.requireNonNull(calendar, "calendar");
        if (maxDays < 0) {
            throw new IllegalArgumentException("maxDays must be zero or more, but was " + maxDays);
        }
        long first = calendar.coverageStart().toEpochDay();
        long last = calendar.coverageEnd().toEpochDay();
        int longest = (int) Math.min(maxDays, last - first);
        return random -> {
            long length = random.nextInt(longest + 1);
            long start = first + random.nextLong(last - first - length + 1);
            return new DateSpan(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(start + length));
        };
    }

    /**
     * A covered date and a shift of −maxWorkingDays..maxWorkingDays working days whose result
     * lies within the coverage. A larger shift than the number of working days in the coverage
     * never fits, so {@code maxWorkingDays} is taken to be at most that number; any value up to
     * {@link Integer#MAX_VALUE} is allowed.
     *
     * @throws IllegalArgumentException if maxWorkingDays is negative
     */
    public static Generator<ShiftCase> shifts(WorkingDayCalendar calendar, int maxWorkingDays) {
        Objects.requireNonNull(calendar, "calendar");
        if (maxWorkingDays < 0) {
            throw new IllegalArgumentException("maxWorkingDays must be zero or more, but was " + maxWorkingDays);
        }
        DateGenerator dates = dates(calendar);
        LocalDate start = calendar.coverageStart();
        int inCoverage = calendar.countWorkingDays(start, calendar.coverageEnd()) + (calendar.isWorkingDay(start) ? 1 : 0);
        int reach = Math.min(maxWorkingDays, inCoverage);
        Generator<ShiftCase> any = random -> new ShiftCase(dates.next(random), random.nextInt(2 * reach + 1) - reach);
        return any.filter(c -> fits(calendar, c));
    }

    private static boolean fits(WorkingDayCalendar calendar, ShiftCase c) {
        try {
            calendar.shift(c.date(), c.workingDays());
            return true;
        } catch (io.github.govrules.calendar.DateOutOfCoverageException e) {
            return false;
        }
    }
}
