package io.github.govrules.calendar;

/**
 * What kind of day a date is in a {@linkplain WorkingDayCalendar working-day calendar}.
 *
 * @since 0.1.0
 */
public enum DayKind {
    /** An ordinary working day (工作日): a weekday that no notice declared off. */
    WORKING_DAY(true),
    /** An ordinary weekend day (休息日) that no notice declared a working day. */
    WEEKEND(false),
    /**
     * A day declared off (放假) by a notice: a statutory holiday or a day moved into a holiday
     * break. It may fall on a weekday or on a weekend.
     */
    HOLIDAY(false),
    /** A weekend day declared a working day (调休上班, makeup working day) by a notice. */
    MAKEUP_WORKING_DAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    /** Whether days of this kind are working days ({@link #WORKING_DAY}, {@link #MAKEUP_WORKING_DAY}). */
    public boolean isWorkingDay() {
        return working;
    }
}
