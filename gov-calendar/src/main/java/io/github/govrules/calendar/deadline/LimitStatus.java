package io.github.govrules.calendar.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The state of one time limit (the statutory one, the promised one, or a step's) on a given
 * date: days elapsed and remaining, the due date, whether it is overdue, and the warning level.
 *
 * <p>Days are counted in the limit's unit (working days for a working-day limit; natural days for
 * a limit in months or years, whose amount in days is fixed by its start), from the day
 * after {@code start}, without the days of any suspension. Immutable.
 *
 * @param limit         the limit, including any extension
 * @param start         the day counting starts after (acceptance, supplements received, or step start)
 * @param due           the due date; while a suspension is open, projected as if it ended on the status date;
 *                      for the promised limit while a correction waits for supplements (also at a completion
 *                      while it waited), projected as if counting resumed the day after the status date (or
 *                      the completion date), unless the limit ran out before the request. So {@code overdue}
 *                      is always whether the status (or completion) date is after {@code due}
 * @param elapsedDays   the counted days used up to the status date (or up to completion)
 * @param remainingDays the counted days left, never negative
 * @param overdue       whether the status date (or the completion date) is after the due date
 * @param overdueDays   the counted days after the due date, 0 when not overdue
 * @param warning       the warning level under the policy the status was computed with
 * @since 0.1.0
 */
public record LimitStatus(TimeLimit limit, LocalDate start, LocalDate due, int elapsedDays, int remainingDays,
                          boolean overdue, int overdueDays, WarningLevel warning) {

    /**
     * Creates a status.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public LimitStatus {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(warning, "warning");
        if (elapsedDays < 0 || remainingDays < 0 || overdueDays < 0) {
            throw new IllegalArgumentException("Day counts must be 0 or more, but were elapsed " + elapsedDays
                    + ", remaining " + remainingDays + ", overdue " + overdueDays);
        }
    }

    /** One line, e.g. {@code "due 2025-10-23, 12 of 20 working days used, 8 left, YELLOW"}. */
    @Override
    public String toString() {
        return "due " + due + ", " + elapsedDays + " of " + limit + " used, " + remainingDays + " left"
                + (overdue ? ", overdue by " + overdueDays : "") + ", " + warning;
    }
}
