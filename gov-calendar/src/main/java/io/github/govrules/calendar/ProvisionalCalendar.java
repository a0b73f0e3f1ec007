package io.github.govrules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The opt-in answer for years a calendar has no data for: a view of a
 * {@link WorkingDayCalendar} that answers covered dates exactly, and uncovered dates by
 * weekends only (Monday to Friday working, Saturday and Sunday off), saying so in the type it
 * returns. Obtain it with {@link WorkingDayCalendar#provisional()}.
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
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProvisionalCalendar {

    private final WorkingDayCalendar calendar;
    /** For an overlay: its base's provisional view, which answers outside the overlay's years; else null. */
    private final ProvisionalCalendar base;
    /** The exact answers of {@link #isWorkingDay} for covered dates, built once: that call allocates nothing for them. */
    private final CalendarAnswer<Boolean> exactWorking;
    private final CalendarAnswer<Boolean> exactNotWorking;

    private ProvisionalCalendar(WorkingDayCalendar calendar, ProvisionalCalendar base) {
        this.calendar = calendar;
        this.base = base;
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

    /** Whether the date is a working day; provisional if the date is not covered. */
    public CalendarAnswer<Boolean> isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (calendar.covers(date)) {
            // the fast path of provisional clock arithmetic (DayOracle.Provisional): no allocation
            return calendar.isWorkingDay(date) ? exactWorking : exactNotWorking;
        }
        // uncovered: the only year guessed is the date's, whether the base answers it or weekdays do
        return CalendarAnswer.provisional(base != null ? base.isWorking(date) : isWeekday(date), id(),
                List.of(Year.from(date)));
    }

    /**
     * What kind of day the date is; for an uncovered date a provisional answer: for an overlay,
     * its base's description where the base covers the date, otherwise a {@code WORKING_DAY} or
     * {@code WEEKEND} with no holiday and no notice.
     */
    public CalendarAnswer<DayInfo> describe(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (calendar.covers(date)) {
            return CalendarAnswer.exact(calendar.describe(date), id());
        }
        DayInfo info = base != null ? base.describe(date).value()
                : DayInfo.ordinary(date, isWeekday(date) ? DayKind.WORKING_DAY : DayKind.WEEKEND);
        return CalendarAnswer.provisional(info, id(), List.of(Year.from(date)));
    }

    /** The first working day strictly after the date. */
    public CalendarAnswer<LocalDate> next(LocalDate date) {
        return shift(date, 1);
    }

    /** The date if it is a working day, otherwise the next working day. */
    public CalendarAnswer<LocalDate> nextOrSame(LocalDate date) {
        return shift(date, 0);
    }

    /** The last working day strictly before the date. */
    public CalendarAnswer<LocalDate> previous(LocalDate date) {
        return shift(date, -1);
    }

    /** The date if it is a working day, otherwise the previous working day. */
    public CalendarAnswer<LocalDate> previousOrSame(LocalDate date) {
        Objects.requireNonNull(date, "date");
        TreeSet<Year> years = new TreeSet<>();
        if (isWorking(date, years)) {
            return answer(date, years);
        }
        return shift(date, -1).combine(answer(date, years), (a, b) -> a);
    }

    /**
     * Shifts by working days, with the conventions of {@link WorkingDayCalendar#shift(LocalDate, int)}.
     */
    public CalendarAnswer<LocalDate> shift(LocalDate date, int workingDays) {
        Objects.requireNonNull(date, "date");
        if (calendar.covers(date)) {
            try {
                return CalendarAnswer.exact(calendar.shift(date, workingDays), id());
            } catch (DateOutOfCoverageException e) {
                // the result lies outside the coverage: go day by day below
            }
        }
        TreeSet<Year> years = new TreeSet<>();
        LocalDate d = date;
        if (workingDays == 0) {
            while (!isWorking(d, years)) {
                d = d.plusDays(1);
            }
        } else if (workingDays > 0) {
            for (int left = workingDays; left > 0; ) {
                d = d.plusDays(1);
                if (isWorking(d, years)) {
                    left--;
                }
            }
        } else {
            for (int left = workingDays; left < 0; ) {
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
     */
    public CalendarAnswer<Integer> countWorkingDays(LocalDate startExclusive, LocalDate endInclusive) {
        Objects.requireNonNull(startExclusive, "startExclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (calendar.covers(startExclusive) && calendar.covers(endInclusive)) {
            return CalendarAnswer.exact(calendar.countWorkingDays(startExclusive, endInclusive), id());
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

    /** The working days in [startInclusive, endExclusive), in order. */
    public CalendarAnswer<List<LocalDate>> workingDays(LocalDate startInclusive, LocalDate endExclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (endExclusive.isBefore(startInclusive)) {
            throw new IllegalArgumentException("Range end " + endExclusive + " is before its start " + startInclusive);
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
        years.add(Year.from(date));
        return base != null ? base.isWorking(date, years) : isWeekday(date);
    }

    /** {@link #isWorking(LocalDate, TreeSet)} without collecting the years guessed. */
    private boolean isWorking(LocalDate date) {
        if (calendar.covers(date)) {
            return calendar.isWorkingDay(date);
        }
        return base != null ? base.isWorking(date) : isWeekday(date);
    }

    private <T> CalendarAnswer<T> answer(T value, TreeSet<Year> years) {
        return new CalendarAnswer<>(value, id(), List.copyOf(years));
    }

    private static boolean isWeekday(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** {@code "ProvisionalCalendar[CN, weekends only outside 2020-01-01 to 2026-12-31]"}, naming an overlay's base. */
    @Override
    public String toString() {
        return "ProvisionalCalendar[" + calendar.id() + ", " + (base == null ? "weekends only" : "then " + base)
                + " outside " + calendar.coverageStart() + " to " + calendar.coverageEnd() + "]";
    }
}
