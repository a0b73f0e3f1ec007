package io.github.govrules.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A working-day calendar (工作日历): which dates are working days (工作日) in one jurisdiction,
 * with working-day arithmetic on top. Modelled on Strata's {@code HolidayCalendar}.
 *
 * <p>China's working days are not Monday to Friday: each year the State Council declares
 * holidays and moves weekend days (makeup working days, 调休); regions add their own. A
 * calendar knows this from notices, so it only knows the years it has data for: its
 * <em>coverage</em>, {@link #coverageStart()} to {@link #coverageEnd()} inclusive.
 *
 * <h2>Coverage: loud, never silent</h2>
 * Every operation throws {@link DateOutOfCoverageException} when it is given a date outside
 * the coverage, or when its answer would depend on one (shifting past the end of the data).
 * There is no silent "weekends only" fallback. To answer for uncovered years provisionally (statutory
 * holidays, else weekends only), opt in with {@link #provisional()}: the {@link ProvisionalCalendar} it returns answers
 * with a {@link CalendarAnswer} that says, in its type, whether the answer is exact or
 * provisional.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>{@code shift(d, n)} for n ≥ 1 is the n-th working day strictly after d: the start day
 *       is not counted (Civil Code Art. 201). {@code shift(d, 0)} is d if it is a working day,
 *       otherwise the next working day. For n &lt; 0 it mirrors: the |n|-th working day
 *       strictly before d.</li>
 *   <li>{@code countWorkingDays(a, b)} for a ≤ b counts the working days in (a, b]: a is not
 *       counted, b is. For b &lt; a it mirrors: minus the number of working days in [b, a).
 *       So {@code countWorkingDays(d, shift(d, n)) == n} for every d and every n ≠ 0 (for n = 0
 *       only when d is a working day: {@code shift(d, 0)} of an off day is the next working
 *       day, one working day later), and counts add up
 *       over adjacent ranges: {@code count(a, b) + count(b, c) == count(a, c)} for a ≤ b ≤ c.</li>
 *   <li>Ranges of dates are {@code startInclusive} / {@code endExclusive} unless named
 *       otherwise.</li>
 * </ul>
 *
 * <p>Implementations must be immutable and thread-safe. The default methods here are simple
 * day-by-day loops over {@link #isWorkingDay(LocalDate)}; {@link ImmutableWorkingDayCalendar}
 * overrides them with array reads.
 *
 * @since 0.1.0
 */
public interface WorkingDayCalendar {

    /** The id of this calendar, such as {@code CN} or {@code CN-XJ}. */
    CalendarId id();

    /** The first date this calendar has data for. */
    LocalDate coverageStart();

    /** The last date this calendar has data for (inclusive). */
    LocalDate coverageEnd();

    /** Whether this calendar has data for the date: coverage start ≤ date ≤ coverage end. */
    default boolean covers(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(coverageStart()) && !date.isAfter(coverageEnd());
    }

    /**
     * Whether the date is a working day: a weekday not declared off, or a makeup working day.
     *
     * @throws DateOutOfCoverageException if the date is not covered
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * What kind of day the date is, with the holiday it belongs to and the notice that declared it.
     *
     * @throws DateOutOfCoverageException if the date is not covered
     */
    DayInfo describe(LocalDate date);

    /**
     * The first working day strictly after the date.
     *
     * @throws DateOutOfCoverageException if the date is not covered, or no working day follows
     *                                    it within the coverage
     */
    default LocalDate next(LocalDate date) {
        LocalDate d = date;
        do {
            d = stepForward(this, d);
        } while (!isWorkingDay(d));
        return d;
    }

    /**
     * The date itself if it is a working day, otherwise the first working day after it.
     *
     * @throws DateOutOfCoverageException if the date is not covered, or no working day follows
     *                                    it within the coverage
     */
    default LocalDate nextOrSame(LocalDate date) {
        return isWorkingDay(date) ? date : next(date);
    }

    /**
     * The last working day strictly before the date.
     *
     * @throws DateOutOfCoverageException if the date is not covered, or no working day
     *                                    precedes it within the coverage
     */
    default LocalDate previous(LocalDate date) {
        LocalDate d = date;
        do {
            d = stepBackward(this, d);
        } while (!isWorkingDay(d));
        return d;
    }

    /**
     * The date itself if it is a working day, otherwise the last working day before it.
     *
     * @throws DateOutOfCoverageException if the date is not covered, or no working day
     *                                    precedes it within the coverage
     */
    default LocalDate previousOrSame(LocalDate date) {
        return isWorkingDay(date) ? date : previous(date);
    }

    /**
     * Shifts the date by a number of working days. For n ≥ 1 the result is the n-th working
     * day strictly after the date (the start day is not counted, Civil Code Art. 201); for
     * n = 0 the date itself if it is a working day, otherwise the next working day; for n &lt; 0
     * the |n|-th working day strictly before the date.
     *
     * <p>Example (national calendar): {@code shift(2025-09-19, 20) == 2025-10-23}, skipping
     * the National Day break 10/1–10/8 and counting the makeup days 9/28 and 10/11.
     *
     * @param date        the start date
     * @param workingDays the number of working days, any sign
     * @throws DateOutOfCoverageException if the date is not covered, or the result would lie
     *                                    outside the coverage
     */
    default LocalDate shift(LocalDate date, int workingDays) {
        if (workingDays == 0) {
            return nextOrSame(date);
        }
        LocalDate d = date;
        if (workingDays > 0) {
            for (int i = 0; i < workingDays; i++) {
                d = next(d);
            }
        } else {
            for (int i = 0; i > workingDays; i--) {
                d = previous(d);
            }
        }
        return d;
    }

    /**
     * Counts the working days between two dates. For {@code startExclusive ≤ endInclusive}
     * the result is the number of working days in (start, end]: the start is not counted,
     * the end is. For {@code endInclusive < startExclusive} the count mirrors: it is minus the
     * number of working days in [end, start). So {@code countWorkingDays(d, shift(d, n)) == n}
     * for every date d and every n ≠ 0, and for n = 0 when d is a working day.
     *
     * @throws DateOutOfCoverageException if either date is not covered
     */
    default int countWorkingDays(LocalDate startExclusive, LocalDate endInclusive) {
        Objects.requireNonNull(startExclusive, "startExclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        requireCovered(this, startExclusive);
        requireCovered(this, endInclusive);
        int count = 0;
        if (!endInclusive.isBefore(startExclusive)) {
            for (LocalDate d = startExclusive.plusDays(1); !d.isAfter(endInclusive); d = d.plusDays(1)) {
                count += isWorkingDay(d) ? 1 : 0;
            }
            return count;
        }
        for (LocalDate d = endInclusive; d.isBefore(startExclusive); d = d.plusDays(1)) {
            count += isWorkingDay(d) ? 1 : 0;
        }
        return -count;
    }

    /**
     * The working days in [startInclusive, endExclusive), in order.
     *
     * @throws IllegalArgumentException   if the end is before the start
     * @throws DateOutOfCoverageException if a date of the range is not covered (the end may be
     *                                    the day after the coverage end)
     */
    default Stream<LocalDate> workingDays(LocalDate startInclusive, LocalDate endExclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (endExclusive.isBefore(startInclusive)) {
            throw new IllegalArgumentException("Range end " + endExclusive + " is before its start " + startInclusive);
        }
        if (endExclusive.isAfter(startInclusive)) {
            requireCovered(this, startInclusive);
            requireCovered(this, endExclusive.minusDays(1));
        }
        return startInclusive.datesUntil(endExclusive).filter(this::isWorkingDay);
    }

    /**
     * The opt-in fallback for uncovered years: a view of this calendar that answers for
     * covered dates exactly as this calendar does, and for uncovered dates by their statutory
     * holidays where the library knows them ({@code CN}, 2020–2050), else by weekends only
     * (Monday to Friday working, Saturday and Sunday off; for a regional overlay, by its base
     * calendar's data where the base covers the date), marking every answer that used
     * such a guess as {@linkplain CalendarAnswer#isProvisional() provisional}.
     *
     * <p>Provisional answers reach at most {@value ProvisionalCalendar#HORIZON_YEARS} years
     * beyond the data, before its start and after its end (the
     * {@linkplain ProvisionalCalendar#horizonEnd() horizon}); beyond it the view throws
     * {@link DateOutOfCoverageException} too, at once for an amount that cannot fit.
     *
     * <p>Nothing changes for callers that do not call this method: this calendar keeps
     * throwing {@link DateOutOfCoverageException} outside its coverage.
     */
    default ProvisionalCalendar provisional() {
        return ProvisionalCalendar.of(this);
    }

    private static LocalDate stepForward(WorkingDayCalendar cal, LocalDate date) {
        requireCovered(cal, date);
        LocalDate next = date.plusDays(1);
        if (!cal.covers(next)) {
            throw new DateOutOfCoverageException(cal.id(), next, cal.coverageStart(), cal.coverageEnd(),
                    "no working day after " + date + " within the data");
        }
        return next;
    }

    private static LocalDate stepBackward(WorkingDayCalendar cal, LocalDate date) {
        requireCovered(cal, date);
        LocalDate previous = date.minusDays(1);
        if (!cal.covers(previous)) {
            throw new DateOutOfCoverageException(cal.id(), previous, cal.coverageStart(), cal.coverageEnd(),
                    "no working day before " + date + " within the data");
        }
        return previous;
    }

    private static void requireCovered(WorkingDayCalendar cal, LocalDate date) {
        if (!cal.covers(date)) {
            throw new DateOutOfCoverageException(cal.id(), date, cal.coverageStart(), cal.coverageEnd());
        }
    }
}
