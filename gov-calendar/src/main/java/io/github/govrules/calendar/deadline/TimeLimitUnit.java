package io.github.govrules.calendar.deadline;

/**
 * The unit in which a time limit (时限) is counted.
 *
 * <p>The unit is a property of each limit, never a global setting: the Administrative
 * Licensing Law counts in working days (Art. 82), other laws count some periods in natural
 * days, months or years (Civil Code Art. 200–204: "三个月", "六十日"), and immediate items (即办件) are decided on the spot (Art. 34).
 *
 * @since 0.1.0
 */
public enum TimeLimitUnit {
    /** Working days (工作日): weekends and statutory holidays are not counted, makeup working days (调休) are. */
    WORKING_DAYS,
    /** Natural days (自然日): every day counts; Civil Code Art. 201 and 203 apply. */
    NATURAL_DAYS,
    /**
     * Natural months (月): a period of n months ends on the day of the n-th month after the start
     * day that corresponds to it, or that month's last day when it has no such day (Civil Code
     * Art. 202), moved to the next working day when it is a weekend or holiday (Art. 203).
     *
     * @since 0.2.0
     */
    MONTHS,
    /**
     * Natural years (年): counted as twelve months each (Civil Code Art. 202, 203), so a year
     * from 29 February ends on 28 February.
     *
     * @since 0.2.0
     */
    YEARS,
    /** On the spot (即办, 当场办结): decided on the day the case is accepted; the amount is always 0. */
    ON_THE_SPOT
}
