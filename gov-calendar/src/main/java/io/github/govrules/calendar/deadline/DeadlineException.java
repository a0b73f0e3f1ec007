package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.ErrorPlace;
import io.github.govrules.calendar.GovRulesException;

/**
 * The root of the deadline calculator's own errors. Dates outside a calendar's data are
 * reported by the calendar's own {@code DateOutOfCoverageException} instead.
 *
 * @since 0.1.0
 */
public class DeadlineException extends GovRulesException {

    private static final long serialVersionUID = 1L;

    /** The error code of a deadline error without a code of its own: {@value}. */
    public static final String CODE = "calendar.deadline";

    /**
     * Creates the exception.
     *
     * @param message one sentence naming the rule and the value that broke it
     */
    public DeadlineException(String message) {
        this(CODE, ErrorPlace.UNKNOWN, message);
    }

    /**
     * Creates the exception of a subtype.
     *
     * @param code    the subtype's code
     * @param place   where (the date), or {@link ErrorPlace#UNKNOWN}
     * @param message one sentence naming the rule and the value that broke it
     */
    protected DeadlineException(String code, ErrorPlace place, String message) {
        super(code, place, message, null);
    }
}
