package io.github.govrules.core.item;

/**
 * How the due dates of a {@link CaseKind} follow from its acceptance date (the limits a case of the kind
 * counts with); a rule pack declares one per kind.
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
    SPECIAL,
    /**
     * Major case (重大件联合办理): reviewed jointly by the departments concerned, so counted as unified
     * handling: {@code promised} as item, {@code statutory} 45 working days, +15 with approval (行政许可法 第四十二条第二款).
     */
    MAJOR,
    /**
     * Controlled case (控制件（事项）明确答复): the applicant gets a clear answer with reasons (usually a refusal
     * or a referral) within the promised limit: {@code answer} = promised limit; {@code statutory} as item.
     */
    CONTROLLED;

    /** Whether the statutory limit is the joint one of Art. 42(2): 45 working days, +15 with approval. */
    public boolean isJointHandling() {
        return this == JOINT || this == MAJOR;
    }
}
