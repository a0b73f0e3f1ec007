package io.github.govrules.calendar.testing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A start date and a number of working days to shift it by, drawn by
 * {@link CalendarGenerators#shifts(io.github.govrules.calendar.WorkingDayCalendar, int)} so that
 * the result stays within the calendar's coverage.
 *
 * @param date        the start date
 * @param workingDays the shift, any sign
 * @since 0.1.0
 */
public record ShiftCase(LocalDate date, int workingDays) {

    /** Creates a case. */
    public ShiftCase {
        Objects.requireNonNull(date, "date");
    }
}
