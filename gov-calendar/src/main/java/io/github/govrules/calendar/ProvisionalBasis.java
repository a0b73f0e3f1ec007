package io.github.govrules.calendar;

/**
 * What a {@link ProvisionalCalendar} answers a year's days from ({@link ProvisionalCalendar#basis}):
 * from most to least certain.
 *
 * @since 0.1.0
 */
public enum ProvisionalBasis {
    /** The calendar has the year's notices: its answers for the year are exact. */
    NOTICES,
    /**
     * A regional overlay without the year, whose base calendar has it: the national days and
     * makeup days are the base's notices', the region's own days off are unknown.
     */
    BASE_NOTICES,
    /**
     * No notice: the statutory holidays (法定节假日) of the year under the rules then in force,
     * from the lunar dates the library ships (2020–2050); the makeup working days (调休) are
     * unknown and none are assumed.
     */
    STATUTORY_HOLIDAYS,
    /** The last resort, beyond the lunar table or for a calendar other than {@code CN}: Monday to Friday working. */
    WEEKENDS_ONLY
}
