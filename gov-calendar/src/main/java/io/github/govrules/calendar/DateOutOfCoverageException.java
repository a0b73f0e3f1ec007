package io.github.govrules.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Thrown when a calendar is asked about a date it has no data for: a date before its
 * {@linkplain WorkingDayCalendar#coverageStart() coverage start} or after its
 * {@linkplain WorkingDayCalendar#coverageEnd() coverage end}, or an operation whose answer
 * would need such a date (shifting past the end of the data).
 *
 * <p>The message names the calendar, the date and the covered range, for example
 * "Calendar CN has no data for 2027-01-04 (data covers 2020-01-01 to 2026-12-31)". To answer
 * for uncovered years provisionally, opt in with {@link WorkingDayCalendar#provisional()}.
 *
 * @since 0.1.0
 */
public final class DateOutOfCoverageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final CalendarId calendarId;
    private final LocalDate date;
    private final LocalDate coverageStart;
    private final LocalDate coverageEnd;

    /**
     * Creates the exception with the standard message.
     *
     * @param calendarId    the calendar that was asked
     * @param date          the uncovered date
     * @param coverageStart the first covered date
     * @param coverageEnd   the last covered date
     */
    public DateOutOfCoverageException(CalendarId calendarId, LocalDate date, LocalDate coverageStart,
                                      LocalDate coverageEnd) {
        this(calendarId, date, coverageStart, coverageEnd, null);
    }

    /**
     * Creates the exception with a message that says what was being done, such as
     * "cannot shift 2026-12-20 by 20 working days".
     *
     * @param calendarId    the calendar that was asked
     * @param date          the uncovered date
     * @param coverageStart the first covered date
     * @param coverageEnd   the last covered date
     * @param operation     what was being done, or null
     */
    public DateOutOfCoverageException(CalendarId calendarId, LocalDate date, LocalDate coverageStart,
                                      LocalDate coverageEnd, String operation) {
        super(message(calendarId, date, coverageStart, coverageEnd, operation));
        this.calendarId = calendarId;
        this.date = date;
        this.coverageStart = coverageStart;
        this.coverageEnd = coverageEnd;
    }

    private static String message(CalendarId calendarId, LocalDate date, LocalDate coverageStart,
                                  LocalDate coverageEnd, String operation) {
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(coverageStart, "coverageStart");
        Objects.requireNonNull(coverageEnd, "coverageEnd");
        return "Calendar " + calendarId + " has no data for " + date + " (data covers " + coverageStart
                + " to " + coverageEnd + ")" + (operation == null ? "" : ": " + operation);
    }

    /** The calendar that was asked. */
    public CalendarId calendarId() {
        return calendarId;
    }

    /** The date the calendar has no data for. */
    public LocalDate date() {
        return date;
    }

    /** The first date the calendar covers. */
    public LocalDate coverageStart() {
        return coverageStart;
    }

    /** The last date the calendar covers (inclusive). */
    public LocalDate coverageEnd() {
        return coverageEnd;
    }
}
