package io.github.govrules.calendar.deadline;

/**
 * A rule of the {@link CaseClock} that an operation broke, carried by
 * {@link IllegalClockOperationException}.
 *
 * @since 0.1.0
 */
public enum ClockRule {
    /** An event dated before the case was accepted (or, for a step, before the step started). */
    BEFORE_START("an event cannot be dated before the clock starts"),
    /** An extension when the clock was already extended once (Art. 42). */
    SECOND_EXTENSION("a time limit is extended once only (Administrative Licensing Law Art. 42)"),
    /** An extension longer than the handling mode allows (Art. 42: +10, joint handling +15). */
    EXTENSION_TOO_LONG("an extension adds at most 10 working days, 15 for joint handling (Art. 42)"),
    /** An extension granted after the due date it should extend. */
    EXTENSION_AFTER_DUE("an extension must be granted before the time limit runs out (Art. 42)"),
    /** An extension of a limit that is not counted in working days. */
    EXTENSION_OF_NON_WORKING_DAY_LIMIT("only a working-day limit can be extended by working days"),
    /** A resume with no open suspension (of that kind). */
    RESUME_WITHOUT_SUSPENSION("a clock can only resume from an open suspension"),
    /** A resume when several suspensions are open and none was named. */
    AMBIGUOUS_RESUME("with several open suspensions, resume must name the kind"),
    /** A suspension of a kind that is already open. */
    ALREADY_SUSPENDED("a suspension of this kind is already open"),
    /** An operation on a clock that is already completed. */
    ALREADY_COMPLETED("a completed case clock takes no further events"),
    /** A step started while a step of the same name is running. */
    STEP_ALREADY_RUNNING("a step cannot start while a step of the same name is running"),
    /** A step completed that is not running. */
    STEP_NOT_RUNNING("only a running step can be completed"),
    /** Supplements received when no correction was requested since acceptance, or a second request. */
    CORRECTION_STATE("supplements follow a correction request, and one correction is open at a time"),
    /**
     * An extension of the promised limit that would make it end after the statutory due date
     * (both counted with the events dated up to the grant).
     *
     * @since 0.1.0
     */
    PROMISED_EXTENSION_BEYOND_STATUTORY("an extended promised limit may not end after the statutory due date");

    private final String description;

    ClockRule(String description) {
        this.description = description;
    }

    /** One sentence stating the rule. */
    public String description() {
        return description;
    }
}
