package io.github.govrules.rules.internal;

import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.Deadlines;
import io.github.govrules.calendar.deadline.NoticeWindow;
import io.github.govrules.calendar.deadline.TimeLimit;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Due dates on one working-day calendar, delegated to gov-calendar's deadline calculator
 * ({@link Deadlines}, {@link NoticeWindow}): the start day is not counted, working-day limits skip
 * weekends and holidays, natural-day limits follow Civil Code Art. 201 and 203. Dates the calendar
 * does not cover fail loudly.
 *
 * @param calendar the calendar
 */
public record DueDates(WorkingDayCalendar calendar) {

    /** Creates the calculator. */
    public DueDates {
        Objects.requireNonNull(calendar, "calendar");
    }

    /** The last day of {@code limit} counted from the day after {@code from}. */
    public LocalDate due(LocalDate from, TimeLimit limit) {
        return Deadlines.dueDate(calendar, from, limit);
    }

    /** The last day for a one-time notice (行政许可法 第三十二条): five working days after receipt. */
    public LocalDate noticeDeadline(LocalDate receivedOn) {
        return NoticeWindow.of(calendar, receivedOn).lastDay();
    }
}
