package io.github.govrules.calendar.deadline;

/**
 * The electronic-supervision warning level (电子监察预警) of a clock or a step, ordered from
 * the mildest to the most severe: {@code compareTo} follows severity.
 *
 * @since 0.1.0
 */
public enum WarningLevel {
    /** On time, no warning (正常). */
    NONE,
    /** Yellow warning (黄牌预警): the limit is near. */
    YELLOW,
    /** Red warning (红牌): the due date has passed. */
    RED,
    /** Escalated (督办): overdue beyond the supervision deadline of the policy. */
    ESCALATED;

    /** The more severe of this level and {@code other}. */
    public WarningLevel max(WarningLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
