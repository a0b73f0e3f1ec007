package io.github.govrules.calendar.deadline.internal;

import io.github.govrules.calendar.DayInfo;
import io.github.govrules.calendar.HolidayName;
import io.github.govrules.calendar.deadline.DayTreatment;
import io.github.govrules.calendar.deadline.ExplainedDay;
import io.github.govrules.calendar.deadline.SuspensionKind;
import io.github.govrules.calendar.deadline.TimeLimitUnit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Due dates and counts of a limit with pauses, by interval arithmetic: a constant number of
 * calendar operations per pause, never a day-by-day loop over the period (except for the
 * explanation, which lists every day by design).
 *
 * <p>Conventions: the start day is never counted (Civil Code Art. 201); a working-day limit
 * of n ≥ 1 ends on the n-th counted working day after the start; a natural-day limit ends on
 * the n-th counted day, moved to the next working day when that is a weekend or holiday
 * (Civil Code Art. 203); a limit of 0 (or on the spot) ends on the start day. A limit in months
 * or years is counted as the natural days from the start to its corresponding day (Art. 202,
 * {@link #naturalDays}), fixed by the start, so suspended days lengthen it day for day.
 */
public final class DeadlineMath {

    private DeadlineMath() {
    }

    /**
     * The unit days are counted in: natural days for months and years, else the unit itself.
     */
    public static TimeLimitUnit dayUnit(TimeLimitUnit unit) {
        return unit == TimeLimitUnit.MONTHS || unit == TimeLimitUnit.YEARS ? TimeLimitUnit.NATURAL_DAYS : unit;
    }

    /**
     * The amount of a limit in its {@link #dayUnit}: for months and years the natural days from
     * {@code start} to the corresponding day (Civil Code Art. 202; the month's last day when it has
     * no such day), else the amount itself.
     */
    public static int dayAmount(LocalDate start, TimeLimitUnit unit, int amount) {
        return switch (unit) {
            case MONTHS -> naturalDays(start, start.plusMonths(amount));
            case YEARS -> naturalDays(start, start.plusYears(amount));
            default -> amount;
        };
    }

    private static int naturalDays(LocalDate a, LocalDate b) {
        return Math.toIntExact(ChronoUnit.DAYS.between(a, b));
    }

    /** Counted units in (a, b] ignoring pauses; 0 when b ≤ a. */
    static int units(DayOracle cal, TimeLimitUnit unit, LocalDate a, LocalDate b) {
        if (!b.isAfter(a)) {
            return 0;
        }
        return unit == TimeLimitUnit.WORKING_DAYS ? cal.count(a, b) : (int) ChronoUnit.DAYS.between(a, b);
    }

    /** Counted units in (a, b) ignoring pauses, for a &lt; b with b covered. */
    static int unitsBefore(DayOracle cal, TimeLimitUnit unit, LocalDate a, LocalDate b) {
        if (unit != TimeLimitUnit.WORKING_DAYS) {
            return (int) ChronoUnit.DAYS.between(a, b) - 1;
        }
        return cal.count(a, b) - (cal.isWorkingDay(b) ? 1 : 0);
    }

    /** The n-th unit strictly after a, n ≥ 1, ignoring pauses. */
    static LocalDate shift(DayOracle cal, TimeLimitUnit unit, LocalDate a, int n) {
        return unit == TimeLimitUnit.WORKING_DAYS ? cal.shift(a, n) : a.plusDays(n);
    }

    /**
     * The due date of {@code amount} units counted from the day after {@code start}, skipping paused days.
     */
    public static LocalDate due(DayOracle cal, LocalDate start, TimeLimitUnit limitUnit, int limitAmount,
                                Pauses pauses) {
        if (limitAmount == 0 || limitUnit == TimeLimitUnit.ON_THE_SPOT) {
            return start;
        }
        TimeLimitUnit unit = dayUnit(limitUnit);
        int amount = dayAmount(start, limitUnit, limitAmount);
        int remaining = amount;
        LocalDate cursor = start;
        LocalDate result = null;
        for (int i = 0; i < pauses.size() && result == null; i++) {
            LocalDate pauseEnd = pauses.end(i);
            if (!pauseEnd.isAfter(cursor)) {
                continue;
            }
            LocalDate pauseStart = pauses.start(i).isAfter(cursor) ? pauses.start(i) : cursor.plusDays(1);
            if (pauseStart.isAfter(cal.lastKnownDay())) {
                break; // this and later pauses start beyond the data: the shift below decides (or throws)
            }
            int available = unitsBefore(cal, unit, cursor, pauseStart);
            if (available >= remaining) {
                result = shift(cal, unit, cursor, remaining);
            } else {
                remaining -= available;
                cursor = pauseEnd;
            }
        }
        if (result == null) {
            result = shift(cal, unit, cursor, remaining);
        }
        if (unit == TimeLimitUnit.NATURAL_DAYS) {
            // Civil Code Art. 203: a last day that is a holiday or rest day moves to the next working day
            while (!cal.isWorkingDay(result) || pauses.covers(result)) {
                result = result.plusDays(1);
            }
        }
        return result;
    }

    /** Counted units in (a, b], not counting paused days (natural days for months and years); 0 when b ≤ a. */
    public static int counted(DayOracle cal, TimeLimitUnit limitUnit, LocalDate a, LocalDate b, Pauses pauses) {
        if (!b.isAfter(a) || limitUnit == TimeLimitUnit.ON_THE_SPOT) {
            return 0;
        }
        TimeLimitUnit unit = dayUnit(limitUnit);
        int total = units(cal, unit, a, b);
        for (int i = 0; i < pauses.size(); i++) {
            LocalDate ps = pauses.start(i);
            LocalDate pe = pauses.end(i);
            if (!pe.isAfter(a) || ps.isAfter(b)) {
                continue;
            }
            LocalDate from = ps.isAfter(a) ? ps.minusDays(1) : a;
            LocalDate to = pe.isBefore(b) ? pe : b;
            total -= units(cal, unit, from, to);
        }
        return total;
    }

    /**
     * One entry per day in (start, due]: the explanation of {@link #due}.
     */
    public static List<ExplainedDay> explain(DayOracle cal, LocalDate start, TimeLimitUnit limitUnit, int limitAmount,
                                             LocalDate due, Pauses pauses) {
        TimeLimitUnit unit = dayUnit(limitUnit);
        int amount = dayAmount(start, limitUnit, limitAmount);
        List<ExplainedDay> days = new ArrayList<>();
        int count = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
            DayInfo info = cal.describe(d);
            Optional<HolidayName> holiday = info.holiday();
            Optional<SuspensionKind> kind = pauses.kindOn(d);
            DayTreatment treatment;
            if (kind.isPresent()) {
                treatment = DayTreatment.SUSPENDED;
            } else {
                treatment = switch (info.kind()) {
                    case WORKING_DAY -> DayTreatment.COUNTED;
                    case MAKEUP_WORKING_DAY -> DayTreatment.MAKEUP_WORKING_DAY;
                    case WEEKEND -> DayTreatment.WEEKEND;
                    case HOLIDAY -> DayTreatment.HOLIDAY;
                };
            }
            boolean counted;
            if (kind.isPresent()) {
                counted = false;
            } else if (unit == TimeLimitUnit.WORKING_DAYS) {
                counted = info.isWorkingDay();
            } else {
                counted = unit == TimeLimitUnit.NATURAL_DAYS && count < amount;
            }
            if (counted) {
                count++;
            }
            days.add(new ExplainedDay(d, treatment, counted, count, holiday, kind));
        }
        return days;
    }
}
