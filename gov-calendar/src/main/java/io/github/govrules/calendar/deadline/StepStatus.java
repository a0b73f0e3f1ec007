package io.github.govrules.calendar.deadline;

import java.util.Objects;

/**
 * The state of one {@link CaseStep} on a given date.
 *
 * @param step   the step
 * @param status its limit's state (elapsed, remaining, due, overdue, warning)
 * @since 0.1.0
 */
public record StepStatus(CaseStep step, LimitStatus status) {

    /** Creates a step status. */
    public StepStatus {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(status, "status");
    }

    /** The step's warning level. */
    public WarningLevel warning() {
        return status.warning();
    }
}
