package io.github.govrules.calendar.deadline.internal;

import io.github.govrules.calendar.DateOutOfCoverageException;
import io.github.govrules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Closed pauses turned, once, into working-day counts from a start day, so that a working-day
 * due date is integer arithmetic and a single {@link WorkingDayCalendar#shift} from the start:
 * no date comparison, no allocation. The answer is the same as
 * {@link DeadlineMath#due(DayOracle, LocalDate, io.github.govrules.calendar.deadline.TimeLimitUnit, int, Pauses)}
 * with a strict oracle and working days (the tests cross-check the two).
 *
 * <p>Why it is the same: write C(d) for the working days in (start, d]. Counting skips the
 * working days of each pause [s, e], which are those with C in (C(s − 1), C(e)]; a due date of n
 * working days is the working day whose C is n plus the paused working days before it. Walking
 * the pauses in date order (they are sorted and disjoint), a pause counts when its first
 * counted position C(s − 1) lies before the target so far, and then moves the target by its
 * length C(e) − C(s − 1).
 *
 * <p>Only built when the calendar covers the start and every pause that ends after it; a
 * target beyond the calendar's data gives {@code null}, so that callers fall back to
 * {@code DeadlineMath.due}, which throws the calendar's usual error. Stateless.
 */
public final class RankedPauses {

    private RankedPauses() {
    }

    /**
     * The pauses as counts from {@code start}: per pause that ends after the start, in date
     * order, C(first day − 1) (at least 0), then C(last day). {@code null} if the calendar does
     * not cover the start or the end of such a pause.
     */
    public static int[] counts(WorkingDayCalendar calendar, LocalDate start, Pauses pauses) {
        if (!calendar.covers(start)) {
            return null;
        }
        int n = pauses.size();
        int[] b = new int[2 * n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            LocalDate first = pauses.start(i);
            LocalDate last = pauses.end(i);
            if (!last.isAfter(start)) {
                continue; // over before counting starts
            }
            if (!calendar.covers(last)) {
                return null;
            }
            LocalDate before = first.isAfter(start) ? first.minusDays(1) : start;
            b[m++] = calendar.countWorkingDays(start, before);
            b[m++] = calendar.countWorkingDays(start, last);
        }
        return m == b.length ? b : Arrays.copyOf(b, m);
    }

    /**
     * The {@code workingDays}-th counted working day after {@code start} ({@code workingDays} ≥ 1),
     * skipping the pauses given as {@link #counts}; {@code null} if it lies beyond the calendar's data.
     */
    public static LocalDate due(WorkingDayCalendar calendar, LocalDate start, int[] counts, int workingDays) {
        long target = workingDays;
        for (int i = 0; i < counts.length; i += 2) {
            if (counts[i] >= target) {
                break;
            }
            target += counts[i + 1] - counts[i];
        }
        if (target > Integer.MAX_VALUE) {
            return null;
        }
        try {
            return calendar.shift(start, (int) target);
        } catch (DateOutOfCoverageException e) {
            return null; // the caller recomputes by DeadlineMath.due, which throws the usual error
        }
    }
}
