package io.github.govrules.calendar.deadline;

import io.github.govrules.calendar.HolidayName;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One day of a {@link DeadlineExplanation}: what kind of day it was and whether it counted
 * towards the limit.
 *
 * <p>The text form is one line, for example
 * {@code "2025-10-01 Wed holiday 国庆节 National Day: not counted"} or
 * {@code "2025-09-28 Sun makeup working day 国庆节 National Day: counted (6)"}. Immutable.
 *
 * @param date       the day
 * @param treatment  how it was treated
 * @param counted    whether it counted towards the limit
 * @param count      the running count of counted days up to and including this day
 * @param holiday    the holiday the day belongs to (for holidays and makeup working days), if known
 * @param suspension the kind of the suspension the day lies in, for {@link DayTreatment#SUSPENDED}
 * @since 0.1.0
 */
public record ExplainedDay(LocalDate date, DayTreatment treatment, boolean counted, int count,
                           Optional<HolidayName> holiday, Optional<SuspensionKind> suspension) {

    /**
     * Creates an entry.
     *
     * @throws IllegalArgumentException if a suspension kind is given for a day not suspended, or missing for one
     */
    public ExplainedDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(holiday, "holiday");
        Objects.requireNonNull(suspension, "suspension");
        if ((treatment == DayTreatment.SUSPENDED) != suspension.isPresent()) {
            throw new IllegalArgumentException("Day " + date + " treated as " + treatment
                    + " must have a suspension kind exactly when it is suspended");
        }
        if (count < 0) {
            throw new IllegalArgumentException("Running count of day " + date + " must be 0 or more, but was " + count);
        }
    }

    /** One line, such as {@code "2025-09-22 Mon working day: counted (1)"}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder()
                .append(date).append(' ')
                .append(date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append(' ')
                .append(treatment.label());
        suspension.ifPresent(k -> sb.append(" (").append(k.label()).append(')'));
        holiday.ifPresent(h -> sb.append(' ').append(h));
        return sb.append(counted ? ": counted (" + count + ")" : ": not counted").toString();
    }
}
