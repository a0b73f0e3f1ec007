package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.ErrorPlace;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A promised limit (承诺时限) longer than the statutory limit (法定时限): the promised limit is
 * never longer than the statutory one (practice of 限时办结制). The message names both limits
 * and, when they were compared through due dates, both dates.
 *
 * @since 0.1.0
 */
public class PromisedLimitExceedsStatutoryException extends DeadlineException {

    private static final long serialVersionUID = 1L;

    /** The error code: {@value}. Place: the statutory due date, when compared through due dates. */
    public static final String CODE = "calendar.promised-exceeds-statutory";

    private final TimeLimit statutory;
    private final TimeLimit promised;

    /**
     * Creates the exception for limits of comparable units.
     *
     * @param statutory the statutory limit
     * @param promised  the longer promised limit
     */
    public PromisedLimitExceedsStatutoryException(TimeLimit statutory, TimeLimit promised) {
        super(CODE, ErrorPlace.UNKNOWN, "Promised limit '" + promised + "' is longer than statutory limit '" + statutory
                + "': a promised limit may not exceed the statutory one");
        this.statutory = Objects.requireNonNull(statutory, "statutory");
        this.promised = Objects.requireNonNull(promised, "promised");
    }

    /**
     * Creates the exception for limits compared through their due dates.
     *
     * @param statutory    the statutory limit
     * @param statutoryDue its due date
     * @param promised     the promised limit
     * @param promisedDue  its due date, after {@code statutoryDue}
     */
    public PromisedLimitExceedsStatutoryException(TimeLimit statutory, LocalDate statutoryDue,
                                                  TimeLimit promised, LocalDate promisedDue) {
        super(CODE, ErrorPlace.of(statutoryDue), "Promised limit '" + promised + "' (due " + promisedDue + ") ends after statutory limit '"
                + statutory + "' (due " + statutoryDue + "): a promised limit may not exceed the statutory one");
        this.statutory = Objects.requireNonNull(statutory, "statutory");
        this.promised = Objects.requireNonNull(promised, "promised");
    }

    /** The statutory limit. */
    public TimeLimit statutory() {
        return statutory;
    }

    /** The promised limit that exceeds it. */
    public TimeLimit promised() {
        return promised;
    }
}
