package io.github.govrules.rules.internal;

import io.github.govrules.calendar.DayKind;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.calendar.deadline.TimeLimit;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Due dates on one working-day calendar: the start day is not counted (Civil Code Art. 201); a
 * working-day limit of n ends on the n-th working day after the start (行政许可法 第八十二条); a
 * natural-day limit whose last day is a statutory holiday ends on the first working day after it
 * (Civil Code Art. 203). Dates the calendar does not cover fail loudly.
 *
 * @param calendar the calendar
 */
public record DueDates(WorkingDayCalendar calendar) {

    /** Creates the calculator. */
    public DueDates {
        Objects.requireNonNull(calendar, "calendar");
    }

    /** The last day of {@code limit} counted from {@code from} (not counted). */
    public LocalDate due(LocalDate from, TimeLimit limit) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(limit, "limit");
        return switch (limit.unit()) {
            case ON_THE_SPOT -> {
                calendar.isWorkingDay(from);
                yield from;
            }
            case WORKING_DAYS -> limit.amount() == 0 ? calendar.nextOrSame(from) : calendar.shift(from, limit.amount());
            case NATURAL_DAYS -> {
                LocalDate last = from.plusDays(limit.amount());
                LocalDate d = last;
                while (calendar.describe(d).kind() == DayKind.HOLIDAY) {
                    d = d.plusDays(1);
                }
                yield d.equals(last) ? last : calendar.nextOrSame(d);
            }
        };
    }
}
