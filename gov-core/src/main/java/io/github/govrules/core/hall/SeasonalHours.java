package io.github.govrules.core.hall;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.govrules.core.internal.Checks;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * Seasonal office hours (夏季/冬季作息时间) of a window: the working-day sessions from one day of
 * the year to another, both inclusive, every year. A season may run over the new year
 * ({@code from 11-01 until 03-31}). Xinjiang's government offices, for example, worked
 * 10:00–14:00 and 16:00–20:00 in summer (from 1 May) and 10:00–14:00 and 15:30–19:30 in winter
 * (from 1 October). In YAML: {@code {from: "05-01", until: "09-30", workingDays: ["10:00-14:00", "16:00-20:00"]}}.
 *
 * @param from        the first day of the season, {@code "MM-dd"}
 * @param until       the last day of the season, {@code "MM-dd"}
 * @param workingDays the sessions of a working day in the season, at least one, in order, not overlapping
 * @since 0.2.0
 */
public record SeasonalHours(@JsonFormat(pattern = "MM-dd") MonthDay from, @JsonFormat(pattern = "MM-dd") MonthDay until,
                            List<TimeRange> workingDays) {

    /**
     * Creates the season.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if there is no session or sessions overlap or are out of order
     */
    public SeasonalHours {
        Checks.required(from, "from");
        Checks.required(until, "until");
        workingDays = Checks.list(Checks.required(workingDays, "workingDays"), "workingDays");
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("the season " + text(from) + " to " + text(until)
                    + " needs at least one working-day session");
        }
        WindowHours.ordered(workingDays, "workingDays");
    }

    /** A day of the year as written in YAML, {@code "05-01"}. */
    static String text(MonthDay day) {
        return String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }

    /** The season as written, e.g. {@code "05-01 to 09-30"}. */
    @Override
    public String toString() {
        return text(from) + " to " + text(until) + " " + workingDays;
    }

    /**
     * Whether a day of the year falls in this season.
     *
     * @param day the day of the year
     * @return true from {@code from} to {@code until} inclusive, over the new year when {@code until} is before {@code from}
     */
    public boolean contains(MonthDay day) {
        Objects.requireNonNull(day, "day");
        return from.isAfter(until)
                ? !day.isBefore(from) || !day.isAfter(until)
                : !day.isBefore(from) && !day.isAfter(until);
    }
}
