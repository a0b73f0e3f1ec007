package io.github.govrules.core.hall;

import io.github.govrules.calendar.DayKind;
import io.github.govrules.calendar.WorkingDayCalendar;
import io.github.govrules.core.internal.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The office hours of a window: the sessions of a working day, possibly by season, and
 * optionally of Saturdays that are rest days (Saturday service by rota, 周六轮值/延时服务).
 *
 * <p>A working day of the calendar (including a makeup Saturday or Sunday, 调休) uses the
 * sessions of the {@linkplain SeasonalHours season} it falls in, or the working-day sessions
 * outside every season; a Saturday that is not a working day (nor a holiday) uses the Saturday
 * sessions (empty: closed), on every such Saturday or, when a rota is given, only on the
 * Saturdays it lists; every other rest day and holiday is closed. The close of business
 * matters: a period's last day ends at close of business (Civil Code Art. 203), and an
 * application received after it counts as received on the next working day
 * ({@link #receiptDay}).
 *
 * <p>In YAML: {@code hours: {workingDays: ["10:00-14:00", "15:30-19:30"], seasons: [{from: "05-01",
 * until: "09-30", workingDays: ["10:00-14:00", "16:00-20:00"]}], saturdays: ["10:00-14:00"],
 * saturdayRota: ["2026-03-07", "2026-03-21"]}}.
 *
 * @param workingDays  the sessions of a working day outside every season, at least one, in order, not overlapping
 * @param saturdays    the sessions of a rest-day Saturday; empty when closed
 * @param seasons      the seasonal working-day sessions, not overlapping; empty: the same all year
 * @param saturdayRota the rest-day Saturdays the window opens (值班轮次), no duplicates, each a Saturday;
 *                     empty: every rest-day Saturday when there are Saturday sessions
 * @since 0.1.0 (seasons and the rota since 0.2.0)
 */
public record WindowHours(List<TimeRange> workingDays, List<TimeRange> saturdays, List<SeasonalHours> seasons,
                          List<LocalDate> saturdayRota) {

    /**
     * Creates the hours.
     *
     * @throws IllegalArgumentException if there is no working-day session, sessions overlap or are
     *                                  out of order, seasons overlap, or a rota date is not a Saturday,
     *                                  repeats, or is given without Saturday sessions
     */
    public WindowHours {
        workingDays = Checks.list(Checks.required(workingDays, "workingDays"), "workingDays");
        saturdays = Checks.list(saturdays, "saturdays");
        seasons = Checks.list(seasons, "seasons");
        saturdayRota = Checks.list(saturdayRota, "saturdayRota");
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("a window needs at least one working-day session");
        }
        ordered(workingDays, "workingDays");
        ordered(saturdays, "saturdays");
        for (int i = 0; i < seasons.size(); i++) {
            for (int j = i + 1; j < seasons.size(); j++) {
                SeasonalHours a = seasons.get(i);
                SeasonalHours b = seasons.get(j);
                if (a.contains(b.from()) || a.contains(b.until()) || b.contains(a.from())) {
                    throw new IllegalArgumentException("seasons[" + j + "] (" + SeasonalHours.text(b.from()) + " to "
                            + SeasonalHours.text(b.until()) + ") overlaps seasons[" + i + "] ("
                            + SeasonalHours.text(a.from()) + " to " + SeasonalHours.text(a.until()) + ")");
                }
            }
        }
        for (int i = 0; i < saturdayRota.size(); i++) {
            LocalDate d = saturdayRota.get(i);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY) {
                throw new IllegalArgumentException("saturdayRota[" + i + "]: " + d + " is a " + d.getDayOfWeek()
                        + ", not a Saturday");
            }
            if (saturdayRota.indexOf(d) != i) {
                throw new IllegalArgumentException("saturdayRota contains " + d + " more than once");
            }
        }
        if (!saturdayRota.isEmpty() && saturdays.isEmpty()) {
            throw new IllegalArgumentException("saturdayRota lists " + saturdayRota.size()
                    + " Saturday(s) but there are no Saturday sessions: give saturdays, e.g. [\"09:00-12:00\"]");
        }
    }

    /**
     * Hours with the same sessions all year and Saturday sessions on every rest-day Saturday.
     *
     * @param workingDays the sessions of a working day
     * @param saturdays   the sessions of a rest-day Saturday; empty when closed
     */
    public WindowHours(List<TimeRange> workingDays, List<TimeRange> saturdays) {
        this(workingDays, saturdays, List.of(), List.of());
    }

    static void ordered(List<TimeRange> sessions, String field) {
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
            MonthDay day = MonthDay.from(date);
            for (SeasonalHours season : seasons) {
                if (season.contains(day)) {
                    return season.workingDays();
                }
            }
            return workingDays;
        }
        return date.getDayOfWeek() == DayOfWeek.SATURDAY
                && calendar.describe(date).kind() == DayKind.WEEKEND
                && (saturdayRota.isEmpty() || saturdayRota.contains(date)) ? saturdays : List.of();
    }

    /**
     * The day an application received at a moment counts as received (受理日): that day when the
     * window is open that day and the moment is before its close of business, otherwise the next
     * working day (Civil Code Art. 203: a day ends at close of business where there are business
     * hours). The period then starts the day after (Art. 201).
     *
     * @param at       when the application was received or accepted, hall local time
     * @param calendar the working-day calendar
     * @return the day it counts as received
     * @throws io.github.govrules.calendar.DateOutOfCoverageException if the calendar has no data for the days
     * @since 0.2.0
     */
    public LocalDate receiptDay(LocalDateTime at, WorkingDayCalendar calendar) {
        Objects.requireNonNull(at, "at");
        LocalDate day = at.toLocalDate();
        Optional<LocalTime> close = closeOfBusiness(day, calendar);
        return close.isPresent() && at.toLocalTime().isBefore(close.get()) ? day : calendar.next(day);
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
