package io.github.govrules.calendar.deadline.testing;

import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.CaseClock;
import io.github.govrules.calendar.deadline.ClockStatus;
import io.github.govrules.calendar.deadline.Deadlines;
import io.github.govrules.calendar.deadline.Extension;
import io.github.govrules.calendar.deadline.IllegalClockOperationException;
import io.github.govrules.calendar.deadline.StepStatus;
import io.github.govrules.calendar.deadline.Suspension;
import io.github.govrules.calendar.deadline.TimeLimit;
import io.github.govrules.calendar.deadline.TimeLimitUnit;
import io.github.govrules.calendar.deadline.WarningLevel;
import io.github.govrules.calendar.deadline.WarningPolicy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The laws of due-date arithmetic, as plain checks any test tool can call (JUnit, QuickTheories,
 * jqwik, TestNG, a main method): each method checks one law for the inputs given, returns
 * {@code true} when the law was checked, {@code false} when the inputs do not meet its
 * precondition (so the check was vacuous), and throws {@link AssertionError} with a message
 * naming the inputs and both sides when the law is violated.
 *
 * <p>Feed them inputs from {@link DeadlineGenerators}, or from your own generators. Every law
 * needs the dates involved to be covered by the calendar. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class DeadlineLaws {

    private DeadlineLaws() {
    }

    /**
     * The fast due date equals a slow, obviously correct day-by-day count: walk from the day after
     * {@code start}, count every working day (or, for natural days, every day) not inside a
     * suspension until {@code limit.amount()} are counted; for natural days then move to the first
     * working day not suspended (Civil Code Art. 201, 203).
     *
     * @return true (always applicable)
     * @throws AssertionError if the two differ
     */
    public static boolean dueDateMatchesDayByDay(WorkingDayCalendar calendar, LocalDate start, TimeLimit limit,
                                                 Collection<Suspension> suspensions) {
        LocalDate fast = Deadlines.dueDate(calendar, start, limit, suspensions);
        LocalDate slow = dayByDayDue(calendar, start, limit, suspensions);
        if (!fast.equals(slow)) {
            throw new AssertionError("Due date of " + limit + " from " + start + " with suspensions " + suspensions
                    + " was " + fast + " but counting day by day gives " + slow);
        }
        return true;
    }

    /**
     * A suspension never makes a due date earlier: adding {@code extra} to {@code suspensions}
     * gives a due date on or after the one without it.
     *
     * @return true (always applicable)
     * @throws AssertionError if the due date moved earlier
     */
    public static boolean suspensionNeverMakesDueEarlier(WorkingDayCalendar calendar, LocalDate start, TimeLimit limit,
                                                         Collection<Suspension> suspensions, Suspension extra) {
        LocalDate without = Deadlines.dueDate(calendar, start, limit, suspensions);
        LocalDate with = Deadlines.dueDate(calendar, start, limit, plus(suspensions, extra));
        if (with.isBefore(without)) {
            throw new AssertionError("Adding suspension " + extra + " to " + suspensions + " moved the due date of "
                    + limit + " from " + start + " earlier, from " + without + " to " + with);
        }
        return true;
    }

    /**
     * A suspension inside the running clock moves the due date by exactly its working days:
     * for a working-day limit of n ≥ 1 from {@code start} with due date D, a suspension that
     * starts on or before D and ends after {@code start} gives the due date
     * {@code calendar.shift(D, k)}, where k is the number of working days of the suspension
     * after {@code start}.
     *
     * @return true if checked; false if the limit is not a working-day limit of 1 or more, or the
     *         suspension is not inside the running clock
     * @throws AssertionError if the due date moved by another amount
     */
    public static boolean suspensionInsideClockShiftsDueByItsWorkingDays(WorkingDayCalendar calendar,
                                                                         LocalDate start, TimeLimit limit,
                                                                         Suspension suspension) {
        if (limit.unit() != TimeLimitUnit.WORKING_DAYS || limit.amount() < 1 || suspension.isOpen()) {
            return false;
        }
        LocalDate due = Deadlines.dueDate(calendar, start, limit);
        if (suspension.start().isAfter(due) || !suspension.end().isAfter(start)) {
            return false;
        }
        LocalDate from = suspension.start().isAfter(start) ? suspension.start().minusDays(1) : start;
        int k = calendar.countWorkingDays(from, suspension.end());
        LocalDate expected = k == 0 ? due : calendar.shift(due, k);
        LocalDate actual = Deadlines.dueDate(calendar, start, limit, List.of(suspension));
        if (!actual.equals(expected)) {
            throw new AssertionError("Suspension " + suspension + " (" + k + " working days) inside " + limit
                    + " from " + start + " (due " + due + ") gave due " + actual + ", expected " + expected);
        }
        return true;
    }

    /**
     * Overlapping suspensions are not counted twice: the due date with {@code a} and {@code b}
     * equals the due date with {@code a}, {@code b} and {@code a} again, and, when they overlap
     * or touch, the due date with the single suspension spanning both.
     *
     * @return true (always applicable)
     * @throws AssertionError if a day was counted twice
     */
    public static boolean overlappingSuspensionsCountedOnce(WorkingDayCalendar calendar, LocalDate start,
                                                            TimeLimit limit, Suspension a, Suspension b) {
        LocalDate both = Deadlines.dueDate(calendar, start, limit, List.of(a, b));
        LocalDate repeated = Deadlines.dueDate(calendar, start, limit, List.of(a, b, a));
        if (!both.equals(repeated)) {
            throw new AssertionError("Repeating suspension " + a + " changed the due date of " + limit + " from "
                    + start + " from " + both + " to " + repeated);
        }
        if (!a.isOpen() && !b.isOpen() && !a.start().isAfter(b.end().plusDays(1))
                && !b.start().isAfter(a.end().plusDays(1))) {
            Suspension span = Suspension.of(a.kind(), min(a.start(), b.start()), max(a.end(), b.end()));
            LocalDate spanned = Deadlines.dueDate(calendar, start, limit, List.of(span));
            if (!both.equals(spanned)) {
                throw new AssertionError("Overlapping suspensions " + a + " and " + b + " gave due " + both
                        + " for " + limit + " from " + start + ", but their union " + span + " gives " + spanned);
            }
        }
        return true;
    }

    /**
     * An extension of m working days equals shifting the statutory due date by m working days,
     * for a clock with no open suspension and no suspension after its current due date.
     *
     * @return true if checked; false if the clock has an open or later suspension, or refuses the extension
     * @throws AssertionError if the extended due date differs from the shifted one
     */
    public static boolean extensionEqualsShift(CaseClock clock, Extension extension) {
        if (clock.isSuspended() || clock.statutoryLimit().unit() != TimeLimitUnit.WORKING_DAYS) {
            return false;
        }
        LocalDate due = clock.statutoryDue().orElseThrow();
        if (clock.suspensions().stream().anyMatch(s -> s.end().isAfter(due))) {
            return false;
        }
        CaseClock extended;
        try {
            extended = clock.extend(extension);
        } catch (IllegalClockOperationException refused) {
            return false;
        }
        LocalDate expected = clock.calendar().shift(due, extension.workingDays());
        LocalDate actual = extended.statutoryDue().orElseThrow();
        if (!actual.equals(expected)) {
            throw new AssertionError("Extension by " + extension.workingDays() + " working days of " + clock
                    + " (due " + due + ") gave due " + actual + ", but shifting gives " + expected);
        }
        return true;
    }

    /**
     * The promised due date is never after the statutory one, for a clock whose promised limit
     * was not restarted by a correction, with open suspensions taken to end on {@code asOf}.
     *
     * @return true if checked; false if the promised clock was restarted or waits for supplements
     *         (or the case was completed while it waited: the promised due date is then projected)
     * @throws AssertionError if the promised due date is after the statutory one
     */
    public static boolean promisedDueNotAfterStatutoryDue(CaseClock clock, LocalDate asOf) {
        if (!clock.promisedStart().equals(clock.acceptedOn()) || clock.isAwaitingSupplements()
                || clock.completedOn().isPresent() && clock.promisedDue().isEmpty()) {
            return false;
        }
        LocalDate promised = clock.promisedDueAsOf(asOf);
        LocalDate statutory = clock.statutoryDueAsOf(asOf);
        if (promised.isAfter(statutory)) {
            throw new AssertionError("Promised due " + promised + " is after statutory due " + statutory
                    + " for " + clock);
        }
        return true;
    }

    /**
     * A natural-day due date is a working day, on or after the n-th day after the start, and
     * every day between that n-th day and the due date is a weekend or holiday (Civil Code Art. 203).
     *
     * @return true if checked; false if the amount is 0 (the due date is the start day)
     * @throws AssertionError if the due date is a non-working day or moved further than needed
     */
    public static boolean naturalDueIsWorkingDay(WorkingDayCalendar calendar, LocalDate start, int naturalDays) {
        if (naturalDays == 0) {
            return false;
        }
        LocalDate due = Deadlines.dueDate(calendar, start, TimeLimit.naturalDays(naturalDays));
        LocalDate nth = start.plusDays(naturalDays);
        if (!calendar.isWorkingDay(due) || due.isBefore(nth)) {
            throw new AssertionError(naturalDays + " natural days from " + start + " gave due " + due
                    + ", which is not a working day on or after " + nth);
        }
        for (LocalDate d = nth; d.isBefore(due); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                throw new AssertionError(naturalDays + " natural days from " + start + " gave due " + due
                        + ", past working day " + d);
            }
        }
        return true;
    }

    /**
     * Warnings are monotone in time: on {@code later} the case's statutory and promised levels
     * and the level of each step already started on {@code earlier} are at least their levels on
     * {@code earlier}, unless something in between legitimately gave time back: an extension
     * granted, or supplements received (the promised clock restarts), after {@code earlier} and
     * on or before {@code later}. Statuses are taken as of their date
     * ({@link CaseClock#status(LocalDate, WarningPolicy)}).
     *
     * @return true if checked; false if {@code later} is before {@code earlier}, or an extension
     *         or a receipt of supplements is dated after {@code earlier} and on or before {@code later}
     * @throws AssertionError if a level decreased
     */
    public static boolean warningsMonotoneInTime(CaseClock clock, WarningPolicy policy, LocalDate earlier,
                                                 LocalDate later) {
        if (later.isBefore(earlier)) {
            return false;
        }
        CaseClock atEarlier = clock.asOf(earlier);
        CaseClock atLater = clock.asOf(later);
        if (!atEarlier.statutoryExtension().equals(atLater.statutoryExtension())
                || !atEarlier.promisedExtension().equals(atLater.promisedExtension())
                || !atEarlier.promisedStart().equals(atLater.promisedStart())) {
            return false;
        }
        ClockStatus before = clock.status(earlier, policy);
        ClockStatus after = clock.status(later, policy);
        check(before.statutory().warning(), after.statutory().warning(), "statutory", clock, earlier, later);
        check(before.promised().warning(), after.promised().warning(), "promised", clock, earlier, later);
        for (StepStatus step : before.steps()) {
            StepStatus same = after.steps().stream()
                    .filter(s -> s.step().name().equals(step.step().name()) && s.step().start().equals(step.step().start()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("Step '" + step.step().name() + "' of " + clock
                            + " started on " + step.step().start() + " is in the status on " + earlier
                            + " but not in the one on " + later));
            check(step.warning(), same.warning(), "step '" + step.step().name() + "'", clock, earlier, later);
        }
        return true;
    }

    /**
     * Counting inverts the due date: the working days counted from the day after {@code start}
     * to the due date of n working days, without suspended days, are n.
     *
     * @return true if checked; false if the limit is not a working-day limit of 1 or more
     * @throws AssertionError if the count differs from n
     */
    public static boolean countingInvertsDueDate(WorkingDayCalendar calendar, LocalDate start, TimeLimit limit,
                                                 Collection<Suspension> suspensions) {
        if (limit.unit() != TimeLimitUnit.WORKING_DAYS || limit.amount() < 1) {
            return false;
        }
        LocalDate due = Deadlines.dueDate(calendar, start, limit, suspensions);
        int counted = Deadlines.countedDays(calendar, TimeLimitUnit.WORKING_DAYS, start, due, suspensions);
        if (counted != limit.amount()) {
            throw new AssertionError("Counted " + counted + " working days from " + start + " to due " + due
                    + " of " + limit + " with suspensions " + suspensions);
        }
        return true;
    }

    private static void check(WarningLevel before, WarningLevel after, String what, CaseClock clock,
                              LocalDate earlier, LocalDate later) {
        if (after.compareTo(before) < 0) {
            throw new AssertionError("The " + what + " warning of " + clock + " fell from " + before + " on " + earlier
                    + " to " + after + " on " + later);
        }
    }

    /**
     * The slow, obviously correct due date used as the oracle of {@link #dueDateMatchesDayByDay}:
     * a loop over every day after {@code start}, asking only {@code calendar.isWorkingDay}. A limit
     * in months or years first finds the corresponding day by month numbers (Civil Code Art. 202)
     * and counts the natural days to it one by one. Use it
     * to cross-check your own calculations or calendars.
     *
     * @return the due date by day-by-day counting
     */
    public static LocalDate dayByDayDue(WorkingDayCalendar calendar, LocalDate start, TimeLimit limit,
                                 Collection<Suspension> suspensions) {
        Objects.requireNonNull(limit, "limit");
        if (limit.isOnTheSpot() || limit.amount() == 0) {
            return start;
        }
        boolean working = limit.unit() == TimeLimitUnit.WORKING_DAYS;
        int days = limit.amount();
        if (limit.unit() == TimeLimitUnit.MONTHS || limit.unit() == TimeLimitUnit.YEARS) {
            // Civil Code Art. 202: the corresponding day of the last month, or its last day; then
            // the days from the start to it are counted one by one, as natural days
            int months = limit.unit() == TimeLimitUnit.YEARS ? limit.amount() * 12 : limit.amount();
            int monthIndex = start.getYear() * 12 + start.getMonthValue() - 1 + months;
            YearMonth last = YearMonth.of(Math.floorDiv(monthIndex, 12), Math.floorMod(monthIndex, 12) + 1);
            LocalDate end = last.atDay(Math.min(start.getDayOfMonth(), last.lengthOfMonth()));
            days = 0;
            for (LocalDate x = start; x.isBefore(end); x = x.plusDays(1)) {
                days++;
            }
        }
        LocalDate d = start;
        int counted = 0;
        while (counted < days) {
            d = d.plusDays(1);
            if (!suspended(d, suspensions) && (!working || calendar.isWorkingDay(d))) {
                counted++;
            }
        }
        if (!working) {
            while (!calendar.isWorkingDay(d) || suspended(d, suspensions)) {
                d = d.plusDays(1);
            }
        }
        return d;
    }

    private static boolean suspended(LocalDate d, Collection<Suspension> suspensions) {
        for (Suspension s : suspensions) {
            if (s.covers(d)) {
                return true;
            }
        }
        return false;
    }

    private static List<Suspension> plus(Collection<Suspension> suspensions, Suspension extra) {
        List<Suspension> list = new ArrayList<>(suspensions);
        list.add(Objects.requireNonNull(extra, "extra"));
        return list;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
