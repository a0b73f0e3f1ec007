package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.ErrorPlace;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An operation on a {@link CaseClock} that its rules forbid, such as a second extension or a
 * resume without a suspension. The message names the date and the rule; the clock it was
 * called on is unchanged. The date is that of the event that breaks the rule when the clock's
 * events are replayed in date order: usually the operation's own, but it can be an event
 * recorded earlier (see {@link CaseClock}, "Order of events"), such as an extension dated after
 * a completion recorded now.
 *
 * @since 0.1.0
 */
public class IllegalClockOperationException extends DeadlineException {

    private static final long serialVersionUID = 1L;

    /** The error code: {@value}. Place: the date of the event that breaks the rule. */
    public static final String CODE = "calendar.clock-operation";

    private final LocalDate date;
    private final ClockRule rule;

    /**
     * Creates the exception.
     *
     * @param rule   the rule that was broken
     * @param date   the date of the event that breaks the rule
     * @param detail what was attempted, e.g. {@code "extension of 10 working days"}
     */
    public IllegalClockOperationException(ClockRule rule, LocalDate date, String detail) {
        super(CODE, ErrorPlace.of(date), "Refused " + detail + " on " + date + ": " + rule.description());
        this.rule = Objects.requireNonNull(rule, "rule");
        this.date = Objects.requireNonNull(date, "date");
    }

    /**
     * The refusal of an event dated before the clock starts ({@link ClockRule#BEFORE_START}): the one
     * wording {@link CaseClock} and {@link Deadlines} use, naming the event, its date and the start day.
     *
     * @param detail what was attempted, e.g. {@code "suspension expert review 2025-09-01..2025-09-05"}
     * @param date   the date of the event
     * @param start  the day the clock starts (the acceptance day, not counted)
     */
    static IllegalClockOperationException beforeStart(String detail, LocalDate date, LocalDate start) {
        return new IllegalClockOperationException(ClockRule.BEFORE_START, date, detail + " (case accepted on " + start + ")");
    }

    /** The rule that was broken. */
    public ClockRule rule() {
        return rule;
    }

    /** The date of the event that breaks the rule (see the class Javadoc). */
    public LocalDate date() {
        return date;
    }
}
