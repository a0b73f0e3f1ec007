package io.github.govrules.calendar.deadline;

/**
 * A configurable electronic-supervision warning policy (电子监察预警规则): when a clock or a
 * step is YELLOW, RED or ESCALATED. Local rules differ, so every threshold is a parameter.
 *
 * <ul>
 *   <li>{@link WarningLevel#RED} once the due date has passed without completion;</li>
 *   <li>{@link WarningLevel#ESCALATED} once it is overdue by at least
 *       {@code escalationOverdueDays} counted days (if enabled);</li>
 *   <li>{@link WarningLevel#YELLOW} while not overdue, when at most {@code yellowRemainingDays}
 *       days remain, or at least {@code yellowUsedPercent}% of the limit is used (each if enabled);</li>
 *   <li>{@link WarningLevel#NONE} otherwise.</li>
 * </ul>
 * A threshold set to {@link #NEVER} is disabled. The level never decreases as the date of the
 * status moves forward. Immutable and thread-safe.
 *
 * @param yellowRemainingDays   YELLOW when this many days or fewer remain (0 or more), or {@link #NEVER}
 * @param yellowUsedPercent     YELLOW when this share of the limit or more is used (1–100), or {@link #NEVER}
 * @param escalationOverdueDays ESCALATED when overdue by this many counted days or more (1 or more), or {@link #NEVER}
 * @since 0.1.0
 */
public record WarningPolicy(int yellowRemainingDays, int yellowUsedPercent, int escalationOverdueDays) {

    /** The value that disables a threshold. */
    public static final int NEVER = -1;

    /** A common default: YELLOW when 2 working days or fewer remain or 80% is used, RED when overdue, no escalation. */
    public static final WarningPolicy DEFAULT = new WarningPolicy(2, 80, NEVER);

    /**
     * Creates a policy.
     *
     * @throws IllegalArgumentException naming the threshold that is out of range
     */
    public WarningPolicy {
        if (yellowRemainingDays < NEVER) {
            throw new IllegalArgumentException("yellowRemainingDays must be 0 or more, or NEVER (-1), but was "
                    + yellowRemainingDays);
        }
        if (yellowUsedPercent != NEVER && (yellowUsedPercent < 1 || yellowUsedPercent > 100)) {
            throw new IllegalArgumentException("yellowUsedPercent must be 1 to 100, or NEVER (-1), but was "
                    + yellowUsedPercent);
        }
        if (escalationOverdueDays != NEVER && escalationOverdueDays < 1) {
            throw new IllegalArgumentException("escalationOverdueDays must be 1 or more, or NEVER (-1), but was "
                    + escalationOverdueDays);
        }
    }

    /** This policy with escalation once overdue by {@code overdueDays} counted days or more. */
    public WarningPolicy withEscalationAfter(int overdueDays) {
        return new WarningPolicy(yellowRemainingDays, yellowUsedPercent, overdueDays);
    }

    /** This policy with YELLOW when {@code remainingDays} or fewer remain ({@link #NEVER} disables it). */
    public WarningPolicy withYellowRemainingDays(int remainingDays) {
        return new WarningPolicy(remainingDays, yellowUsedPercent, escalationOverdueDays);
    }

    /** This policy with YELLOW when {@code usedPercent}% or more of the limit is used ({@link #NEVER} disables it). */
    public WarningPolicy withYellowUsedPercent(int usedPercent) {
        return new WarningPolicy(yellowRemainingDays, usedPercent, escalationOverdueDays);
    }

    /**
     * The level for a limit of {@code limitDays} of which {@code elapsedDays} are used.
     *
     * @param limitDays   the limit including any extension, 0 or more
     * @param elapsedDays the counted days used so far, 0 or more
     * @param overdue     whether the due date has passed without completion
     * @param overdueDays how many counted days the due date is past, 0 when not overdue
     * @return the warning level
     */
    public WarningLevel levelFor(int limitDays, int elapsedDays, boolean overdue, int overdueDays) {
        if (overdue) {
            return escalationOverdueDays != NEVER && overdueDays >= escalationOverdueDays
                    ? WarningLevel.ESCALATED : WarningLevel.RED;
        }
        int remaining = limitDays - elapsedDays;
        if (yellowRemainingDays != NEVER && remaining <= yellowRemainingDays) {
            return WarningLevel.YELLOW;
        }
        if (yellowUsedPercent != NEVER && (long) elapsedDays * 100 >= (long) yellowUsedPercent * limitDays) {
            return WarningLevel.YELLOW;
        }
        return WarningLevel.NONE;
    }
}
