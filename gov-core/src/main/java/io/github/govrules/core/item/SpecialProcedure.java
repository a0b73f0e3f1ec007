package io.github.govrules.core.item;

/**
 * A special procedure (特别程序) whose time is not counted in the limits
 * (Administrative Licensing Law Art. 45), plus extension (延长, Art. 42).
 *
 * @since 0.1.0
 */
public enum SpecialProcedure {
    /** Hearing (听证). */
    HEARING,
    /** Bidding (招标). */
    BIDDING,
    /** Auction (拍卖). */
    AUCTION,
    /** Testing (检验). */
    TESTING,
    /** Inspection, including on-site inspection (检测, 现场勘查). */
    INSPECTION,
    /** Quarantine (检疫). */
    QUARANTINE,
    /** Appraisal (鉴定). */
    APPRAISAL,
    /** Expert review (专家评审). */
    EXPERT_REVIEW,
    /** Extension of the limit once, with approval (延长审批期限). */
    EXTENSION
}
