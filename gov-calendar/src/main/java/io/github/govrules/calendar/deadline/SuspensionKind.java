package io.github.govrules.calendar.deadline;

/**
 * The kind of a suspension (特别程序, 不计入时限的期间) of a case clock.
 *
 * <p>Administrative Licensing Law Art. 45: the time needed for hearings, bidding, auctions,
 * testing, inspection, quarantine, appraisal and expert review is not counted in the
 * licensing time limits; the applicant is told in writing how long it takes.
 *
 * @since 0.1.0
 */
public enum SuspensionKind {
    /** Hearing (听证). */
    HEARING("hearing"),
    /** Bidding (招标). */
    BIDDING("bidding"),
    /** Auction (拍卖). */
    AUCTION("auction"),
    /** Testing (检验). */
    TESTING("testing"),
    /** Inspection (检测). */
    INSPECTION("inspection"),
    /** Quarantine (检疫). */
    QUARANTINE("quarantine"),
    /** Appraisal (鉴定). */
    APPRAISAL("appraisal"),
    /** Expert review (专家评审). */
    EXPERT_REVIEW("expert review");

    private final String label;

    SuspensionKind(String label) {
        this.label = label;
    }

    /** The lower-case English label used in explanations, e.g. {@code "expert review"}. */
    public String label() {
        return label;
    }
}
