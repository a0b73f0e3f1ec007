package io.github.govrules.core.hall;

import io.github.govrules.calendar.DayKind;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.core.internal.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The office hours of a window: the sessions of a working day, and optionally of Saturdays
 * that are rest days (Saturday service by rota, 周六延时服务).
 *
 * <p>A working day of the calendar (including a makeup Saturday or Sunday, 调休) uses the
 * working-day sessions; a Saturday that is not a working day uses the Saturday sessions
 * (empty: closed); every other rest day and holiday is closed. The close of business matters:
 * a period's last day ends at close of business (Civil Code Art. 203).
 *
 * @param workingDays the sessions of a working day, at least one, in order, not overlapping
 * @param saturdays   the sessions of a rest-day Saturday; empty when closed
 * @since 0.1.0
 */
public record WindowHours(List<TimeRange> workingDays, List<TimeRange> saturdays) {

    /**
     * Creates the hours.
     *
     * @throws IllegalArgumentException if there is no working-day session or sessions overlap or are out of order
     */
    public WindowHours {
        workingDays = Checks.list(Checks.required(workingDays, "workingDays"), "workingDays");
        saturdays = Checks.list(saturdays, "saturdays");
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("a window needs at least one working-day session");
        }
        ordered(workingDays, "workingDays");
        ordered(saturdays, "saturdays");
    }

    private static void ordered(List<TimeRange> sessions, String field) {
        for (int i = 1; i < sessions.size(); i++) {
            if (sessions.get(i).startInclusive().isBefore(sessions.get(i - 1).endExclusive())) {
                throw new IllegalArgumentException(field + ": session " + sessions.get(i) + " overlaps or precedes "
                        + sessions.get(i - 1));
            }
        }
    }

    /**
     * The sessions on a date.
     *
     * @param date     the date
     * @param calendar the working-day calendar
     * @return the sessions, empty when closed
     * @throws io.github.govrules.calendar.DateOutOfCoverageException if the calendar has no data for the date
     */
    public List<TimeRange> sessionsOn(LocalDate date, WorkingDayCalendar calendar) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(calendar, "calendar");
        if (calendar.isWorkingDay(date)) {
            return workingDays;
        }
        return date.getDayOfWeek() == DayOfWeek.SATURDAY
                && calendar.describe(date).kind() == DayKind.WEEKEND ? saturdays : List.of();
    }

    /**
     * Whether the window is open at a moment.
     *
     * @param at       the local date-time
     * @param calendar the working-day calendar
     * @return true when a session of that day contains the time
     */
    public boolean isOpen(LocalDateTime at, WorkingDayCalendar calendar) {
        LocalTime t = at.toLocalTime();
        return sessionsOn(at.toLocalDate(), calendar).stream().anyMatch(r -> r.contains(t));
    }

    /**
     * The close of business on a date: the end of the day's last session.
     *
     * @param date     the date
     * @param calendar the working-day calendar
     * @return the closing time, or empty when closed all day
     */
    public Optional<LocalTime> closeOfBusiness(LocalDate date, WorkingDayCalendar calendar) {
        List<TimeRange> s = sessionsOn(date, calendar);
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(s.size() - 1).endExclusive());
    }
}
