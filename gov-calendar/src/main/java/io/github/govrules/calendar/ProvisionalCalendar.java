package io.github.govrules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The opt-in answer for years a calendar has no data for: a view of a
 * {@link WorkingDayCalendar} that answers covered dates exactly, and uncovered dates by what
 * the law fixes without a notice, saying so in the type it returns. Obtain it with
 * {@link WorkingDayCalendar#provisional()}.
 *
 * <h2>What an uncovered year is assumed to be</h2>
 * For the national calendar {@code CN}, a year of 2020–2050 without a notice has its
 * <em>statutory holidays</em> (法定节假日) under the rules in force that year (全国年节及纪念日放假办法:
 * the 2013 revision until 2024, the 2024 revision from 2025, which added New Year's Eve and
 * 2 May), from the lunar dates the library ships, and a festival day that falls on a weekend
 * given back on the first weekday after it (Art. 6, 补假, as every notice of 2020–2026 placed
 * it). Only the makeup working days (调休) are unknown and none are assumed.
 * {@link #statutoryHolidays(Year)} lists the days assumed; {@link #describe(LocalDate)} names
 * them, declared by the rules as a {@link Notice}. Beyond the lunar table, and for a calendar
 * other than {@code CN}, the last resort is weekends only (Monday to Friday working, Saturday
 * and Sunday off): {@link #basis(Year)} says which.
 *
 * <p>A regional overlay ({@link ImmutableWorkingDayCalendar} with a
 * {@linkplain ImmutableWorkingDayCalendar#baseId() base}, such as {@code CN-XJ} on {@code CN})
 * answers a date outside its own years by its base calendar's provisional view: the base's
 * data where the base covers the date (the national holidays and makeup days), weekends only
 * beyond both. Such an answer is still provisional and names the year, since the overlay's own
 * days for that year (its regional holidays) are not known: the national days are a floor, not
 * the answer.
 *
 * <p>Why opt in: the State Council publishes next year's holidays around November, so a
 * deadline that runs into an unpublished year cannot be exact. Peers silently assume
 * "weekends only" and give wrong due dates in January. This view makes the guess explicit:
 * every operation returns a {@link CalendarAnswer}, which is
 * {@linkplain CalendarAnswer#isProvisional() provisional} exactly when it depended on an
 * uncovered date, and names the {@linkplain CalendarAnswer#provisionalYears() years} it
 * guessed. When all dates involved are covered, the answer is
 * {@linkplain CalendarAnswer#isExact() exact} and equal to the underlying calendar's.
 *
 * <p>Which dates an answer depends on: for {@code isWorkingDay(d)} and {@code describe(d)}, d;
 * for {@code shift(d, n)} with n ≥ 1, the days in (d, result]; with n = 0, d through the
 * result; with n &lt; 0, [result, d); for next and previous, the same as shift by 1 and −1;
 * for {@code countWorkingDays(a, b)}, the days counted.
 *
 * <h2>Horizon</h2>
 * Provisional answers reach at most {@value #HORIZON_YEARS} years beyond the data on either
 * side: from {@link #horizonStart()} (the coverage start minus {@value #HORIZON_YEARS} years)
 * to {@link #horizonEnd()} (the coverage end plus {@value #HORIZON_YEARS} years), so that a
 * provisional answer names at most {@value #HORIZON_YEARS} guessed years on each side. An
 * operation given a date beyond the horizon, or whose answer would need one, throws
 * {@link DateOutOfCoverageException} whose message names the calendar, the date asked, the
 * covered range and the horizon. A shift whose amount is larger than the number of days to
 * the horizon cannot fit and fails at once, without walking the days (so
 * {@code shift(d, Integer.MAX_VALUE)} throws immediately). For an overlay, the horizon is
 * counted from the overlay's own data.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProvisionalCalendar {

    /**
     * How many years beyond the calendar's data, before its start and after its end,
     * provisional answers reach: {@value}. A weekends-only guess for a year whose notice is
     * not yet published is useful for a deadline that runs into the next year or two; a
     * century covers every real time limit and keeps a provisional answer's list of guessed
     * years (and the days it walks) small, while a shift by millions of days fails at once.
     */
    public static final int HORIZON_YEARS = 100;

    private final WorkingDayCalendar calendar;
    /** For an overlay: its base's provisional view, which answers outside the overlay's years; else null. */
    private final ProvisionalCalendar base;
    /** For {@code CN}: the statutory holidays of the years the lunar table covers; else null (weekends only). */
    private final StatutoryHolidays statutory;
    /** The exact answers of {@link #isWorkingDay} for covered dates, built once: that call allocates nothing for them. */
    private final CalendarAnswer<Boolean> exactWorking;
    private final CalendarAnswer<Boolean> exactNotWorking;
    /** The first and last dates answered: {@link #HORIZON_YEARS} years beyond the coverage. */
    private final LocalDate horizonStart;
    private final LocalDate horizonEnd;

    private ProvisionalCalendar(WorkingDayCalendar calendar, ProvisionalCalendar base) {
        this.calendar = calendar;
        this.base = base;
        this.statutory = base == null && calendar.id().equals(CalendarId.CN) ? StatutoryHolidays.cn() : null;
        this.horizonStart = yearsFrom(calendar.coverageStart(), -HORIZON_YEARS, LocalDate.MIN);
        this.horizonEnd = yearsFrom(calendar.coverageEnd(), HORIZON_YEARS, LocalDate.MAX);
        this.exactWorking = CalendarAnswer.exact(Boolean.TRUE, calendar.id());
        this.exactNotWorking = CalendarAnswer.exact(Boolean.FALSE, calendar.id());
    }

    /**
     * The provisional view of a calendar; for an overlay, backed by its base calendar's
     * provisional view outside the overlay's years (see the class Javadoc).
     */
    public static ProvisionalCalendar of(WorkingDayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        WorkingDayCalendar baseCalendar = calendar instanceof ImmutableWorkingDayCalendar overlay
                ? overlay.baseCalendar() : null;
        return new ProvisionalCalendar(calendar, baseCalendar == null ? null : baseCalendar.provisional());
    }

    /** The underlying calendar, which throws outside its coverage. */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The id of the underlying calendar. */
    public CalendarId id() {
        return calendar.id();
    }

    /**
     * The first date provisional answers reach: the coverage start minus
     * {@value #HORIZON_YEARS} years.
     */
    public LocalDate horizonStart() {
        return horizonStart;
    }

    /**
     * The last date provisional answers reach: the coverage end plus {@value #HORIZON_YEARS}
     * years (for {@code CN} with data for 2020 to 2026: 2126-12-31).
     */
    public LocalDate horizonEnd() {
        return horizonEnd;
    }

    /**
     * Whether the date is a working day; provisional if the date is not covered.
     *
     * @throws DateOutOfCoverageException if the date is beyond the {@linkplain #horizonEnd() horizon}
     */
    public CalendarAnswer<Boolean> isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (calendar.covers(date)) {
            // the fast path of provisional clock arithmetic (DayOracle.Provisional): no allocation
            return calendar.isWorkingDay(date) ? exactWorking : exactNotWorking;
        }
        if (beyond(date)) {
            throw beyondHorizon(date, "cannot tell whether " + date + " is a working day");
        }
        // uncovered: the only year guessed is the date's, whether the base answers it or weekdays do
        return CalendarAnswer.provisional(base != null ? base.isWorking(date) : guessWorking(date), id(),
                List.of(Year.from(date)));
    }

    /**
     * What kind of day the date is; for an uncovered date a provisional answer: for an overlay,
     * its base's description where the base covers the date, otherwise a {@code WORKING_DAY} or
     * {@code WEEKEND} with no holiday and no notice.
     *
     * @throws DateOutOfCoverageException if the date is beyond the {@linkplain #horizonEnd() horizon}
     */
    public CalendarAnswer<DayInfo> describe(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (calendar.covers(date)) {
            return CalendarAnswer.exact(calendar.describe(date), id());
        }
        if (beyond(date)) {
            throw beyondHorizon(date, "cannot describe " + date);
        }
        return CalendarAnswer.provisional(describeUncovered(date), id(), List.of(Year.from(date)));
    }

    /** {@link #describe} of a date this calendar does not cover, without the horizon (the caller checked its own). */
    private DayInfo describeUncovered(LocalDate date) {
        if (base != null) {
            return base.calendar.covers(date) ? base.calendar.describe(date) : base.describeUncovered(date);
        }
        if (statutory != null && statutory.isOff(date)) {
            return new DayInfo(date, DayKind.HOLIDAY, Optional.of(statutory.offDays(date.getYear()).get(date)),
                    statutory.rules(date.getYear()));
        }
        return DayInfo.ordinary(date, isWeekday(date) ? DayKind.WORKING_DAY : DayKind.WEEKEND);
    }

    /**
     * What this view answers the year's days from: {@link ProvisionalBasis#NOTICES} for a year
     * the calendar covers (exact), {@link ProvisionalBasis#BASE_NOTICES} for an overlay's year
     * its base covers, {@link ProvisionalBasis#STATUTORY_HOLIDAYS} for {@code CN} (and the
     * overlays on it) in the years of the lunar table, 2020–2050, and
     * {@link ProvisionalBasis#WEEKENDS_ONLY} otherwise.
     */
    public ProvisionalBasis basis(Year year) {
        Objects.requireNonNull(year, "year");
        if (calendar.covers(year.atDay(1))) {
            return ProvisionalBasis.NOTICES;
        }
        if (base != null) {
            ProvisionalBasis b = base.basis(year);
            return b == ProvisionalBasis.NOTICES ? ProvisionalBasis.BASE_NOTICES : b;
        }
        return statutory != null && statutory.knows(year.getValue()) ? ProvisionalBasis.STATUTORY_HOLIDAYS
                : ProvisionalBasis.WEEKENDS_ONLY;
    }

    /**
     * The statutory holidays a provisional answer assumes for a year, in date order: each a
     * {@code HOLIDAY} with its name, declared by the rules in force that year (a {@link Notice}
     * keyed {@code statutory-<year>}); substitute days (补假) named so. Empty beyond the lunar
     * table and for a calendar other than {@code CN}; for an overlay, its base's. (For a year the
     * calendar covers, these are what the law fixes, not the year's days: see its notices.)
     */
    public List<DayInfo> statutoryHolidays(Year year) {
        Objects.requireNonNull(year, "year");
        if (base != null) {
            return base.statutoryHolidays(year);
        }
        if (statutory == null || !statutory.knows(year.getValue())) {
            return List.of();
        }
        Optional<Notice> rules = statutory.rules(year.getValue());
        List<DayInfo> days = new ArrayList<>();
        statutory.offDays(year.getValue()).forEach((d, name) -> days.add(new DayInfo(d, DayKind.HOLIDAY,
                Optional.of(name), rules)));
        return List.copyOf(days);
    }

    /**
     * The first working day strictly after the date.
     *
     * @throws DateOutOfCoverageException if the answer would lie beyond the {@linkplain #horizonEnd() horizon}
     */
    public CalendarAnswer<LocalDate> next(LocalDate date) {
        return shift(date, 1);
    }

    /**
     * The date if it is a working day, otherwise the next working day.
     *
     * @throws DateOutOfCoverageException if the answer would lie beyond the {@linkplain #horizonEnd() horizon}
     */
    public CalendarAnswer<LocalDate> nextOrSame(LocalDate date) {
        return shift(date, 0);
    }

    /**
     * The last working day strictly before the date.
     *
     * @throws DateOutOfCoverageException if the answer would lie before the {@linkplain #horizonStart() horizon}
     */
    public CalendarAnswer<LocalDate> previous(LocalDate date) {
        return shift(date, -1);
    }

    /**
     * The date if it is a working day, otherwise the previous working day.
     *
     * @throws DateOutOfCoverageException if the answer would lie before the {@linkplain #horizonStart() horizon}
     */
    public CalendarAnswer<LocalDate> previousOrSame(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (calendar.covers(date) && calendar.isWorkingDay(date)) {
            return CalendarAnswer.exact(date, id());
        }
        if (beyond(date)) {
            throw beyondHorizon(date, "cannot find the working day on or before " + date);
        }
        TreeSet<Year> years = new TreeSet<>();
        if (isWorking(date, years)) {
            return answer(date, years);
        }
        return shift(date, -1).combine(answer(date, years), (a, b) -> a);
    }

    /**
     * Shifts by working days, with the conventions of {@link WorkingDayCalendar#shift(LocalDate, int)}.
     *
     * @throws DateOutOfCoverageException if the date or the answer lies beyond the
     *                                    {@linkplain #horizonEnd() horizon}; when the amount is
     *                                    larger than the number of days to the horizon, at once
     */
    public CalendarAnswer<LocalDate> shift(LocalDate date, int workingDays) {
        Objects.requireNonNull(date, "date");
        if (calendar.covers(date)) {
            try {
                return CalendarAnswer.exact(calendar.shift(date, workingDays), id());
            } catch (DateOutOfCoverageException e) {
                // the result lies outside the coverage: go day by day below, within the horizon
            }
        }
        if (beyond(date)) {
            throw beyondHorizon(date, shifting(date, workingDays));
        }
        // every working day takes at least one day: an amount larger than the days left cannot fit
        if (workingDays > 0 && workingDays > ChronoUnit.DAYS.between(date, horizonEnd)) {
            throw beyondHorizon(horizonEnd.plusDays(1), shifting(date, workingDays));
        }
        if (workingDays < 0 && -(long) workingDays > ChronoUnit.DAYS.between(horizonStart, date)) {
            throw beyondHorizon(horizonStart.minusDays(1), shifting(date, workingDays));
        }
        TreeSet<Year> years = new TreeSet<>();
        LocalDate d = date;
        if (workingDays == 0) {
            while (!isWorking(d, years)) {
                d = forward(d, date, workingDays);
            }
        } else if (workingDays > 0) {
            for (int left = workingDays; left > 0; ) {
                d = forward(d, date, workingDays);
                if (isWorking(d, years)) {
                    left--;
                }
            }
        } else {
            for (int left = workingDays; left < 0; ) {
                if (!d.isAfter(horizonStart)) {
                    throw beyondHorizon(horizonStart.minusDays(1), shifting(date, workingDays));
                }
                d = d.minusDays(1);
                if (isWorking(d, years)) {
                    left++;
                }
            }
        }
        return answer(d, years);
    }

    /**
     * Counts working days, with the conventions of
     * {@link WorkingDayCalendar#countWorkingDays(LocalDate, LocalDate)}.
     *
     * @throws DateOutOfCoverageException if either date lies beyond the {@linkplain #horizonEnd() horizon}
     */
    public CalendarAnswer<Integer> countWorkingDays(LocalDate startExclusive, LocalDate endInclusive) {
        Objects.requireNonNull(startExclusive, "startExclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (calendar.covers(startExclusive) && calendar.covers(endInclusive)) {
            return CalendarAnswer.exact(calendar.countWorkingDays(startExclusive, endInclusive), id());
        }
        LocalDate outside = beyond(startExclusive) ? startExclusive : beyond(endInclusive) ? endInclusive : null;
        if (outside != null) {
            throw beyondHorizon(outside, "cannot count the working days from " + startExclusive + " to " + endInclusive);
        }
        TreeSet<Year> years = new TreeSet<>();
        int count = 0;
        if (!endInclusive.isBefore(startExclusive)) {
            for (LocalDate d = startExclusive.plusDays(1); !d.isAfter(endInclusive); d = d.plusDays(1)) {
                count += isWorking(d, years) ? 1 : 0;
            }
        } else {
            for (LocalDate d = endInclusive; d.isBefore(startExclusive); d = d.plusDays(1)) {
                count -= isWorking(d, years) ? 1 : 0;
            }
        }
        return answer(count, years);
    }

    /**
     * The working days in [startInclusive, endExclusive), in order.
     *
     * @throws IllegalArgumentException   if the end is before the start
     * @throws DateOutOfCoverageException if a date of the range lies beyond the {@linkplain #horizonEnd() horizon}
     */
    public CalendarAnswer<List<LocalDate>> workingDays(LocalDate startInclusive, LocalDate endExclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (endExclusive.isBefore(startInclusive)) {
            throw new IllegalArgumentException("Range end " + endExclusive + " is before its start " + startInclusive);
        }
        if (endExclusive.isAfter(startInclusive)) {
            LocalDate last = endExclusive.minusDays(1);
            LocalDate outside = beyond(startInclusive) ? startInclusive : beyond(last) ? last : null;
            if (outside != null) {
                throw beyondHorizon(outside, "cannot list the working days from " + startInclusive + " until "
                        + endExclusive);
            }
        }
        TreeSet<Year> years = new TreeSet<>();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = startInclusive; d.isBefore(endExclusive); d = d.plusDays(1)) {
            if (isWorking(d, years)) {
                days.add(d);
            }
        }
        return answer(List.copyOf(days), years);
    }

    private boolean isWorking(LocalDate date, TreeSet<Year> years) {
        if (calendar.covers(date)) {
            return calendar.isWorkingDay(date);
        }
        // one Year per year walked, not per day: a walk meets its years in order, at either end of the set
        int year = date.getYear();
        if (years.isEmpty() || year != years.last().getValue() && year != years.first().getValue()) {
            years.add(Year.of(year));
        }
        return base != null ? base.isWorking(date, years) : guessWorking(date);
    }

    /** {@link #isWorking(LocalDate, TreeSet)} without collecting the years guessed. */
    private boolean isWorking(LocalDate date) {
        if (calendar.covers(date)) {
            return calendar.isWorkingDay(date);
        }
        return base != null ? base.isWorking(date) : guessWorking(date);
    }

    /** An uncovered date of a base calendar: a weekday that is not a statutory off day. */
    private boolean guessWorking(LocalDate date) {
        return isWeekday(date) && (statutory == null || !statutory.isOff(date));
    }

    private <T> CalendarAnswer<T> answer(T value, TreeSet<Year> years) {
        return new CalendarAnswer<>(value, id(), List.copyOf(years));
    }

    /** The day after {@code d}, within the horizon, for {@code shift(date, workingDays)}. */
    private LocalDate forward(LocalDate d, LocalDate date, int workingDays) {
        if (!d.isBefore(horizonEnd)) {
            throw beyondHorizon(horizonEnd.plusDays(1), shifting(date, workingDays));
        }
        return d.plusDays(1);
    }

    private static String shifting(LocalDate date, int workingDays) {
        return "cannot shift " + date + " by " + workingDays + " working days";
    }

    /** Whether the date lies beyond the horizon (two comparisons; callers build a message only to throw). */
    private boolean beyond(LocalDate date) {
        return date.isBefore(horizonStart) || date.isAfter(horizonEnd);
    }

    /**
     * The refusal of {@code date}, beyond the horizon: names the calendar, the date, the covered
     * range, what was asked and the horizon.
     */
    private DateOutOfCoverageException beyondHorizon(LocalDate date, String operation) {
        return new DateOutOfCoverageException(id(), date, calendar.coverageStart(), calendar.coverageEnd(),
                operation + " provisionally: provisional answers reach only " + HORIZON_YEARS
                        + " years beyond the data, " + horizonStart + " to " + horizonEnd);
    }

    /** {@code date} plus {@code years} years, or {@code limit} when that leaves the supported dates. */
    private static LocalDate yearsFrom(LocalDate date, int years, LocalDate limit) {
        try {
            return date.plusYears(years);
        } catch (DateTimeException e) {
            return limit;
        }
    }

    private static boolean isWeekday(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * {@code "ProvisionalCalendar[CN, statutory holidays of 2020–2050, else weekends only outside 2020-01-01 to 2026-12-31]"},
     * naming an overlay's base
     * (the horizon, {@value #HORIZON_YEARS} years beyond the data, is not repeated).
     */
    @Override
    public String toString() {
        return "ProvisionalCalendar[" + calendar.id() + ", " + (base != null ? "then " + base : statutory != null
                ? "statutory holidays of " + statutory.firstYear() + "–" + statutory.lastYear() + ", else weekends only"
                : "weekends only")
                + " outside " + calendar.coverageStart() + " to " + calendar.coverageEnd() + "]";
    }
}
