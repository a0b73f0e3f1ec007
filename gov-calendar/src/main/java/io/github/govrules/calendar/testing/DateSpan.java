package io.github.govrules.calendar.testing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Two dates, start ≤ end, drawn by {@link CalendarGenerators#spans(io.github.govrules.calendar.WorkingDayCalendar, int)}:
 * a period (期间) for counting working days in (start, end] or listing them in [start, end).
 *
 * @param start the earlier date
 * @param end   the later date, possibly equal to start
 * @since 0.1.0
 */
public record DateSpan(LocalDate start, LocalDate end) {

    /**
     * Creates a span.
     *
     * @throws IllegalArgumentException if end is before start
     */
    public DateSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Span end " + end + " is before its start " + start);
        }
    }

    /** The number of days from start to end: 0 when they are equal. */
    public long days() {
        return end.toEpochDay() - start.toEpochDay();
    }
}
