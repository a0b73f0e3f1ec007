package io.github.govrules.calendar.deadline;

/**
 * The root of the deadline calculator's own errors. Dates outside a calendar's data are
 * reported by the calendar's own {@code DateOutOfCoverageException} instead.
 *
 * @since 0.1.0
 */
public class DeadlineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one sentence naming the rule and the value that broke it
     */
    public DeadlineException(String message) {
        super(message);
    }
}
