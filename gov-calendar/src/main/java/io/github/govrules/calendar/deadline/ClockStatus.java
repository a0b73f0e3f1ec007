package io.github.govrules.calendar.deadline;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of a {@link CaseClock} on a date: the statutory and the promised limit, each
 * step, and the case's warning level (the more severe of the statutory and promised levels;
 * steps have their own levels).
 *
 * <p>Supervision runs on the promised limit, legality on the statutory one. Immutable.
 *
 * @param on                 the date of the status
 * @param statutory          the statutory limit's state (法定时限)
 * @param promised           the promised limit's state (承诺时限)
 * @param steps              each step's state, in the order the steps started
 * @param suspended          whether a suspension is open on {@code on}
 * @param awaitingSupplements whether the promised clock waits for supplements (补正) on {@code on}
 * @param completedOn        the completion date, if the case was completed
 * @param provisionalYears   uncovered years answered provisionally (statutory holidays or weekends only; for a regional
 *                           overlay, its base calendar's days where the base has them); empty unless
 *                           the clock opted in
 * @since 0.1.0
 */
public record ClockStatus(LocalDate on, LimitStatus statutory, LimitStatus promised, List<StepStatus> steps,
                          boolean suspended, boolean awaitingSupplements, Optional<LocalDate> completedOn,
                          List<Year> provisionalYears) {

    /** Creates a status; the lists are copied. */
    public ClockStatus {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(statutory, "statutory");
        Objects.requireNonNull(promised, "promised");
        Objects.requireNonNull(completedOn, "completedOn");
        steps = List.copyOf(steps);
        provisionalYears = List.copyOf(provisionalYears);
    }

    /** The case's warning level: the more severe of the statutory and promised levels. */
    public WarningLevel warning() {
        return statutory.warning().max(promised.warning());
    }

    /** The most severe level of any step, {@link WarningLevel#NONE} without steps. */
    public WarningLevel stepWarning() {
        return steps.stream().map(StepStatus::warning).reduce(WarningLevel.NONE, WarningLevel::max);
    }

    /** Whether the due dates were answered provisionally for a year the calendar has no data for. */
    public boolean isProvisional() {
        return !provisionalYears.isEmpty();
    }

    /**
     * Whether the case was completed within its promised limit (按时办结): completed, and the
     * completion date not after the promised {@link LimitStatus#due() due date} (a case completed
     * while a correction waited for supplements is on time unless its limit ran out before the
     * request); false while it runs.
     */
    public boolean isCompletedOnTime() {
        return completedOn.isPresent() && !promised.overdue();
    }
}
