package io.github.govrules.calendar.deadline;

/**
 * How a case is handled, which fixes the default statutory limit and the longest extension
 * the Administrative Licensing Law allows (Art. 42).
 *
 * @since 0.1.0
 */
public enum HandlingMode {
    /**
     * One agency decides (Art. 42 ¶1): 20 working days from acceptance, extensible once by
     * 10 working days with the agency head's approval.
     */
    ORDINARY(20, 10),
    /**
     * Unified, joint or centralized handling (统一办理、联合办理、集中办理, Art. 26 and Art. 42 ¶2):
     * 45 working days, extensible once by 15 working days with the approval of the head of
     * the government at that level.
     */
    JOINT(45, 15);

    private final int defaultLimitDays;
    private final int maxExtensionDays;

    HandlingMode(int defaultLimitDays, int maxExtensionDays) {
        this.defaultLimitDays = defaultLimitDays;
        this.maxExtensionDays = maxExtensionDays;
    }

    /** The Art. 42 limit when no other law sets one, e.g. {@code 20 working days}. */
    public TimeLimit defaultLimit() {
        return TimeLimit.workingDays(defaultLimitDays);
    }

    /** The longest single extension in working days that Art. 42 allows: 10, or 15 for joint handling. */
    public int maxExtensionDays() {
        return maxExtensionDays;
    }
}
