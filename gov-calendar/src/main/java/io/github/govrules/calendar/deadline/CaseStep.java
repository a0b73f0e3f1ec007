package io.github.govrules.calendar.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A step (环节) of a case, such as review (审查) or decision (决定), with its own time limit
 * counted from the day it started. A step can be overdue on its own while the case is still
 * on time. The case's suspensions are not counted in a step's limit either.
 *
 * <p>Immutable.
 *
 * @param name        the step name, not blank
 * @param start       the day the step started (not counted, Civil Code Art. 201)
 * @param limit       the step's own limit
 * @param completedOn the day the step was completed, or {@code null} while it is running
 * @since 0.1.0
 */
public record CaseStep(String name, LocalDate start, TimeLimit limit, LocalDate completedOn) {

    /**
     * Creates a step.
     *
     * @throws IllegalArgumentException if the name is blank or the step is completed before it started
     */
    public CaseStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(limit, "limit");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A step needs a name (started on " + start + ")");
        }
        if (completedOn != null && completedOn.isBefore(start)) {
            throw new IllegalArgumentException("Step '" + name + "' cannot be completed on " + completedOn
                    + ", before it started on " + start);
        }
    }

    /** Whether the step is still running. */
    public boolean isRunning() {
        return completedOn == null;
    }

    /** The day the step was completed, empty while it is running. */
    public Optional<LocalDate> findCompletedOn() {
        return Optional.ofNullable(completedOn);
    }
}
