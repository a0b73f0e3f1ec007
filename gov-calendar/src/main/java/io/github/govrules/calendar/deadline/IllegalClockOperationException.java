package io.github.govrules.calendar.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An operation on a {@link CaseClock} that its rules forbid, such as a second extension or a
 * resume without a suspension. The message names the date of the operation and the rule;
 * the clock it was called on is unchanged.
 *
 * @since 0.1.0
 */
public class IllegalClockOperationException extends DeadlineException {

    private static final long serialVersionUID = 1L;

    private final LocalDate date;
    private final ClockRule rule;

    /**
     * Creates the exception.
     *
     * @param rule   the rule that was broken
     * @param date   the date of the refused operation
     * @param detail what was attempted, e.g. {@code "extension of 10 working days"}
     */
    public IllegalClockOperationException(ClockRule rule, LocalDate date, String detail) {
        super("Refused " + detail + " on " + date + ": " + rule.description());
        this.rule = Objects.requireNonNull(rule, "rule");
        this.date = Objects.requireNonNull(date, "date");
    }

    /** The rule that was broken. */
    public ClockRule rule() {
        return rule;
    }

    /** The date of the refused operation. */
    public LocalDate date() {
        return date;
    }
}
