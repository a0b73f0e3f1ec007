package io.github.govrules.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.govrules.calendar.CalendarId;
import io.github.govrules.calendar.DayInfo;
import io.github.govrules.calendar.ImmutableWorkingDayCalendar;
import io.github.govrules.calendar.ProvisionalCalendar;
import io.github.govrules.calendar.WorkingDayCalendar;

/**
 * The line that says how a provisional answer was reached, year by year: a year of the lunar
 * table by its statutory holidays (those the answer's period assumed are named), a year beyond
 * it by weekends only, and for a regional overlay its base's days.
 */
final class ProvisionalNote {

    private ProvisionalNote() {
    }

    /**
     * {@code "provisional: statutory holidays of 2027, makeup days not yet published (calendar CN has no notice
     * for 2027); assumed off: 2027-01-01 元旦 New Year's Day"}.
     *
     * @param from the first day of the answer's period (the day after the start)
     * @param to   the last day of the answer's period
     */
    static String line(WorkingDayCalendar calendar, List<Year> years, LocalDate from, LocalDate to) {
        ProvisionalCalendar p = calendar.provisional();
        List<String> statutory = new ArrayList<>();
        List<String> weekendsOnly = new ArrayList<>();
        List<String> fromBase = new ArrayList<>();
        List<String> assumed = new ArrayList<>();
        for (Year y : years) {
            switch (p.basis(y)) {
                case STATUTORY_HOLIDAYS -> {
                    statutory.add(y.toString());
                    for (DayInfo day : p.statutoryHolidays(y)) {
                        if (!day.date().isBefore(from) && !day.date().isAfter(to)) {
                            assumed.add(day.date() + " " + day.holiday().map(Object::toString).orElse(""));
                        }
                    }
                }
                case BASE_NOTICES -> fromBase.add(y.toString());
                default -> weekendsOnly.add(y.toString());
            }
        }
        Optional<CalendarId> base = calendar instanceof ImmutableWorkingDayCalendar ic ? ic.baseId() : Optional.empty();
        List<String> parts = new ArrayList<>();
        if (!fromBase.isEmpty()) {
            parts.add(String.join(", ", fromBase) + " answered by the base calendar " + base.map(Object::toString).orElse("")
                    + "'s notices, the region's own days off unknown");
        }
        if (!statutory.isEmpty()) {
            parts.add("statutory holidays of " + String.join(", ", statutory) + ", makeup days not yet published"
                    + (base.isPresent() ? " (the region's own days off unknown)" : ""));
        }
        if (!weekendsOnly.isEmpty()) {
            parts.add(String.join(", ", weekendsOnly) + " assumed weekends-only (Monday to Friday working): beyond the"
                    + " statutory-holiday table");
        }
        return "provisional: " + String.join("; ", parts) + " (calendar " + calendar.id() + " has no notice for "
                + String.join(", ", years.stream().map(Year::toString).toList()) + ")"
                + (assumed.isEmpty() ? "" : "; assumed off: " + String.join(", ", assumed));
    }

    /** Prints {@link #line} when the answer is provisional. */
    static void print(PrintWriter out, WorkingDayCalendar calendar, List<Year> years, LocalDate from, LocalDate to) {
        if (!years.isEmpty()) {
            out.println(line(calendar, years, from, to));
        }
    }
}
