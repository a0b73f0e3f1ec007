package io.github.govrules.rules;

/**
 * How the due dates of a case kind follow from its acceptance date; declared per kind in a pack's manifest.
 *
 * @since 0.1.0
 */
public enum DuePolicy {
    /** Decided on the day of acceptance (当场办结, 行政许可法 第三十四条): {@code decision} = acceptance date. */
    ON_THE_SPOT,
    /** {@code promised} = promised limit after acceptance; {@code statutory} = statutory limit (行政许可法 第四十二条). */
    PROMISED,
    /** As {@link #PROMISED}, but {@code statutory} is 45 working days: unified / joint handling (行政许可法 第四十二条第二款). */
    JOINT,
    /** {@code lower-level-review} = 20 working days (行政许可法 第四十三条), then the higher level decides; {@code statutory} as item. */
    REPORTED_UP,
    /** {@code promised} for this hall's review, then {@code lower-level-review} (20 working days) and the higher level's decision. */
    REPORTED_UP_AFTER_PROMISE,
    /**
     * As {@link #PROMISED}; time spent on special procedures (hearing, inspection, expert review…) is not
     * counted (行政许可法 第四十五条), so the dates given are the earliest and move with every suspension.
     */
    SPECIAL
}
