package io.github.govrules.calendar.deadline;

/**
 * The unit in which a time limit (时限) is counted.
 *
 * <p>The unit is a property of each limit, never a global setting: the Administrative
 * Licensing Law counts in working days (Art. 82), other laws count some periods in natural
 * days, and immediate items (即办件) are decided on the spot (Art. 34).
 *
 * @since 0.1.0
 */
public enum TimeLimitUnit {
    /** Working days (工作日): weekends and statutory holidays are not counted, makeup working days (调休) are. */
    WORKING_DAYS,
    /** Natural days (自然日): every day counts; Civil Code Art. 201 and 203 apply. */
    NATURAL_DAYS,
    /** On the spot (即办, 当场办结): decided on the day the case is accepted; the amount is always 0. */
    ON_THE_SPOT
}
