package io.github.govrules.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a calendar knows about one date: its {@linkplain DayKind kind}, the holiday it belongs
 * to (for off days and makeup working days) and the notice that declared it.
 *
 * <p>For 2025-10-01 in the national calendar: {@code HOLIDAY}, 国庆节 / National Day, declared by
 * 国办发明电〔2024〕12号. For an ordinary weekday or weekend both the holiday and the notice are
 * empty.
 *
 * @param date    the date
 * @param kind    the kind of day
 * @param holiday the holiday the day belongs to; present for {@code HOLIDAY} and usually for
 *                {@code MAKEUP_WORKING_DAY} (the break it makes up for), empty otherwise
 * @param notice  the notice in force that declared the day; present exactly for
 *                {@code HOLIDAY} and {@code MAKEUP_WORKING_DAY}
 * @since 0.1.0
 */
public record DayInfo(LocalDate date, DayKind kind, Optional<HolidayName> holiday, Optional<Notice> notice) {

    /**
     * Creates a description.
     *
     * @throws IllegalArgumentException if an ordinary day has a holiday or a notice, or a
     *                                  declared day has no notice
     */
    public DayInfo {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(holiday, "holiday");
        Objects.requireNonNull(notice, "notice");
        boolean declared = kind == DayKind.HOLIDAY || kind == DayKind.MAKEUP_WORKING_DAY;
        if (declared != notice.isPresent()) {
            throw new IllegalArgumentException("Day " + date + " of kind " + kind
                    + (declared ? " needs the notice that declared it" : " cannot have a notice"));
        }
        if (!declared && holiday.isPresent()) {
            throw new IllegalArgumentException("Day " + date + " of kind " + kind + " cannot belong to a holiday");
        }
    }

    /** An ordinary day: {@code WORKING_DAY} or {@code WEEKEND}, no holiday, no notice. */
    public static DayInfo ordinary(LocalDate date, DayKind kind) {
        return new DayInfo(date, kind, Optional.empty(), Optional.empty());
    }

    /** Whether the day is a working day. */
    public boolean isWorkingDay() {
        return kind.isWorkingDay();
    }

    /**
     * A one-line explanation, such as {@code "2025-10-01 HOLIDAY 国庆节 National Day (国办发明电〔2024〕12号 of 2024-11-12)"}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(date).append(' ').append(kind);
        holiday.ifPresent(h -> sb.append(' ').append(h));
        notice.ifPresent(n -> sb.append(" (").append(n).append(')'));
        return sb.toString();
    }
}
